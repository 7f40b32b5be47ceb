//! `extract`: renshi on the command line.
//!
//! ```text
//! cargo run --release --example extract -- examples/sample_article.txt
//! cargo run --release --example extract -- --jsonl articles.jsonl      # {"id", "text"} per line
//! cargo run --release --example extract -- news/ --format table        # every *.txt below news/
//! cargo run --release --example extract -- news/ --summary             # who left and joined where
//! ```
//!
//! Articles flow through in batches: read a bounded batch (files, or lines of
//! a JSON-lines input), extract it in parallel on rayon, hand the results in
//! input order to one sink (JSON records, a movement table, or the talent
//! flow summary). Memory is one batch plus what the sink keeps: nothing for
//! JSON, one row per movement for the table, one name per person and
//! organization for the summary.
//!
//! In `--jsonl` mode the binary is a stateless mapper: every non-blank input
//! line gives exactly one output line, in order, so shards of an input can be
//! processed anywhere and their outputs concatenated.
//!
//! Exit status: 0 when every input was processed, 1 when some failed (each
//! named on stderr, the others still processed), 2 for a usage error.

use clap::{CommandFactory, Parser, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use renshi::{Coverage, Dictionary, Event, Extraction, Extractor, Movement, Post, Status};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};
use unicode_width::UnicodeWidthStr;

const EXAMPLES: &str = "\
Examples:
  extract article.txt                         one article, pretty JSON
  extract news/ --format table                every *.txt below news/, one row per movement
  extract --jsonl articles.jsonl > out.jsonl  one output line per input line, in order
  zcat big.jsonl.gz | extract --jsonl --threads 8 > out.jsonl
  extract --dict orgs=my-orgs.txt news/       your own organizations beside the embedded ones
  extract news/ --summary                     who left and who joined each organization
  extract news/ --summary --summary-format dot | dot -Tsvg > flow.svg

Exit status: 0 all inputs processed, 1 some inputs failed (named on stderr), 2 usage error.";

/// Extracts personnel movements (who left and who joined which organization)
/// from Chinese news articles.
#[derive(Parser)]
#[command(name = "extract", version, after_help = EXAMPLES)]
struct Cli {
    /// Articles: files, directories (every *.txt below, sorted; *.jsonl with --jsonl), or - for stdin
    #[arg(value_name = "INPUT")]
    inputs: Vec<PathBuf>,

    /// Read JSON lines {"id", "text", ...} (stdin when no INPUT is named); other fields are copied to the output
    #[arg(long)]
    jsonl: bool,

    /// Output format [default: json for one file, jsonl for several inputs and for --jsonl]
    #[arg(long, value_enum, conflicts_with = "summary")]
    format: Option<Format>,

    /// Print only the talent flow across all inputs: who left and who joined each organization, and org → org counts
    #[arg(long)]
    summary: bool,

    /// How to print the summary
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = SummaryFormat::Table, requires = "summary")]
    summary_format: SummaryFormat,

    /// Add a dictionary of your own (repeatable); KIND is orgs, roles, cues, markers, surnames, given-names, transliteration or people
    #[arg(long = "dict", value_name = "KIND=FILE", value_parser = parse_dictionary)]
    dictionaries: Vec<UserDictionary>,

    /// How much of each article to read in full: everything, or only the sentences that report a move (several times faster; the same events, fewer people)
    #[arg(long, value_enum, default_value_t = CoverageArg::Everything)]
    coverage: CoverageArg,

    /// Worker threads [default: one per CPU]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,

    /// No progress bar and no warnings; errors are still printed
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CoverageArg {
    /// Every sentence: all events and every person the rules find
    Everything,
    /// Only sentences with a move cue in full; elsewhere what the dictionaries know
    Moves,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Pretty JSON, one object per article
    Json,
    /// One JSON object per line and article
    Jsonl,
    /// One row per movement, for people to read
    Table,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum SummaryFormat {
    /// Aligned text tables
    Table,
    /// A Graphviz digraph (render with `dot -Tsvg`)
    Dot,
}

/// The `--dict` names of the dictionary kinds.
const DICTIONARY_KINDS: [(&str, Dictionary); 8] = [
    ("orgs", Dictionary::Orgs),
    ("roles", Dictionary::Roles),
    ("cues", Dictionary::Cues),
    ("markers", Dictionary::Markers),
    ("surnames", Dictionary::Surnames),
    ("given-names", Dictionary::GivenNames),
    ("transliteration", Dictionary::Transliteration),
    ("people", Dictionary::People),
];

#[derive(Clone)]
struct UserDictionary {
    kind: Dictionary,
    path: PathBuf,
}

fn parse_dictionary(arg: &str) -> Result<UserDictionary, String> {
    let (name, path) = arg.split_once('=').ok_or("expected KIND=FILE")?;
    let kinds = || DICTIONARY_KINDS.map(|(name, _)| name).join(", ");
    let kind = DICTIONARY_KINDS
        .iter()
        .find(|(known, _)| *known == name)
        .map(|&(_, kind)| kind)
        .ok_or_else(|| format!("unknown dictionary kind {name:?} (expected one of {})", kinds()))?;
    if path.is_empty() {
        return Err("expected KIND=FILE, the file is missing".to_string());
    }
    Ok(UserDictionary {
        kind,
        path: PathBuf::from(path),
    })
}

/// How the inputs are read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum InputMode {
    /// Each file, or stdin, is one article.
    Articles,
    /// Each line is a JSON object `{"id", "text", ...}`.
    JsonLines,
}

impl Cli {
    fn input_mode(&self) -> InputMode {
        if self.jsonl {
            InputMode::JsonLines
        } else {
            InputMode::Articles
        }
    }

    /// Pretty JSON for one file, as a person runs it; JSON lines for
    /// anything a program will read.
    fn format(&self) -> Format {
        let one_file = matches!(self.inputs.as_slice(), [input] if !input.is_dir());
        match self.format {
            Some(format) => format,
            None if one_file && !self.jsonl => Format::Json,
            None => Format::Jsonl,
        }
    }

    fn sink(&self) -> Box<dyn Sink> {
        match (self.summary, self.summary_format, self.format()) {
            (true, SummaryFormat::Table, _) => Box::new(Summary::new(FlowFormat::Table)),
            (true, SummaryFormat::Dot, _) => Box::new(Summary::new(FlowFormat::Dot)),
            (false, _, Format::Json) => Box::new(Records(JsonStyle::Pretty)),
            (false, _, Format::Jsonl) => Box::new(Records(JsonStyle::Line)),
            (false, _, Format::Table) => Box::new(MovementTable::default()),
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.inputs.is_empty() && !cli.jsonl {
        Cli::command()
            .error(
                clap::error::ErrorKind::MissingRequiredArgument,
                "name at least one INPUT (- for stdin), or use --jsonl",
            )
            .exit();
    }
    let extractor = match build_extractor(&cli.dictionaries, cli.coverage) {
        Ok(extractor) => extractor,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::from(2);
        }
    };
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(cli.threads.map_or(0, usize::from))
        .build()
    {
        Ok(pool) => pool,
        Err(e) => {
            eprintln!("extract: cannot start worker threads: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mode = cli.input_mode();
    let mut console = Console::new(&cli, mode);
    let sources = expand(&cli.inputs, mode, &mut console);
    console.set_total(&sources, mode);
    let mut batches = Batches::new(sources, mode, pool.current_num_threads());
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = run(
        &extractor,
        &pool,
        &mut batches,
        cli.sink().as_mut(),
        &mut out,
        &mut console,
    );
    console.finish();
    match result.and_then(|()| out.flush()) {
        Ok(()) if console.failures > 0 => ExitCode::FAILURE,
        Ok(()) => ExitCode::SUCCESS,
        // The reader went away (`extract … | head`): nothing left to say.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: cannot write output: {e}");
            ExitCode::FAILURE
        }
    }
}

fn build_extractor(dictionaries: &[UserDictionary], coverage: CoverageArg) -> renshi::Result<Extractor> {
    let coverage = match coverage {
        CoverageArg::Everything => Coverage::Everything,
        CoverageArg::Moves => Coverage::Moves,
    };
    dictionaries
        .iter()
        .fold(Extractor::builder().coverage(coverage), |builder, d| {
            builder.dictionary_file(d.kind, &d.path)
        })
        .build()
}

/// Reads batch after batch, extracts each in parallel, and hands the
/// outcomes to the sink in input order.
fn run(
    extractor: &Extractor,
    pool: &rayon::ThreadPool,
    batches: &mut Batches,
    sink: &mut dyn Sink,
    out: &mut dyn Write,
    console: &mut Console,
) -> io::Result<()> {
    loop {
        let batch = batches.next(console);
        if batch.jobs.is_empty() && batch.units == 0 {
            break;
        }
        let renderer: &dyn Sink = &*sink;
        let outcomes: Vec<Outcome> = pool.install(|| {
            batch
                .jobs
                .into_par_iter()
                .map(|job| {
                    let mut outcome = job.run(extractor);
                    outcome.rendered = renderer.render(&outcome);
                    outcome
                })
                .collect()
        });
        for outcome in &outcomes {
            if let Err(message) = &outcome.result {
                console.error(message);
            }
            sink.take(outcome, out)?;
        }
        console.advance(batch.units);
    }
    sink.finish(out)
}

// ---------------------------------------------------------------------------
// Inputs

/// Where articles come from.
#[derive(Clone, Debug)]
enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// How errors name it.
    fn name(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".to_string(),
            Source::File(path) => path.display().to_string(),
        }
    }

    /// The `id` of the article it holds, in articles mode.
    fn id(&self) -> Value {
        match self {
            Source::Stdin => Value::from("-"),
            Source::File(path) => Value::from(path.display().to_string()),
        }
    }

    fn open(&self) -> io::Result<Box<dyn BufRead>> {
        Ok(match self {
            Source::Stdin => Box::new(BufReader::new(io::stdin())),
            Source::File(path) => Box::new(BufReader::new(std::fs::File::open(path)?)),
        })
    }
}

/// The inputs as named on the command line, each directory replaced by the
/// files below it with the mode's extension, sorted.
fn expand(inputs: &[PathBuf], mode: InputMode, console: &mut Console) -> Vec<Source> {
    if inputs.is_empty() {
        return vec![Source::Stdin];
    }
    let extension = match mode {
        InputMode::Articles => "txt",
        InputMode::JsonLines => "jsonl",
    };
    let mut sources = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            sources.push(Source::Stdin);
        } else if input.is_dir() {
            let mut found = Vec::new();
            walk(input, extension, &mut found, console);
            if found.is_empty() {
                console.warn(&format!("{}: no *.{extension} file below", input.display()));
            }
            found.sort();
            sources.extend(found.into_iter().map(Source::File));
        } else {
            sources.push(Source::File(input.clone()));
        }
    }
    sources
}

fn walk(dir: &Path, extension: &str, found: &mut Vec<PathBuf>, console: &mut Console) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return console.error(&format!("{}: {e}", dir.display())),
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                console.error(&format!("{}: {e}", dir.display()));
                continue;
            }
        };
        let path = entry.path();
        // Symbolic links to directories are not followed, so a link cycle
        // cannot make the walk endless.
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            walk(&path, extension, found, console);
        } else if path.extension().is_some_and(|e| e == extension) && path.is_file() {
            found.push(path);
        }
    }
}

/// Most lines or files in a batch, per worker thread: enough to keep every
/// thread busy, few enough to keep memory flat.
const BATCH_JOBS_PER_THREAD: usize = 64;
/// Most bytes of JSON lines in a batch.
const BATCH_BYTES: usize = 16 << 20;

/// One unit of work for a worker thread.
enum Job {
    /// A whole file, or stdin, that is one article.
    Article(Source),
    /// One line of a JSON-lines input.
    Line(Line),
}

struct Line {
    /// The input, as errors name it.
    origin: Arc<str>,
    /// 1-based line number.
    number: usize,
    /// Byte offset of the line in its input.
    offset: u64,
    bytes: Vec<u8>,
}

/// The jobs of one batch, and how far they take the progress bar (articles,
/// or bytes of JSON lines).
struct Batch {
    jobs: Vec<Job>,
    units: u64,
}

/// Cuts the inputs into batches, reading JSON lines as a stream.
struct Batches {
    sources: std::vec::IntoIter<Source>,
    mode: InputMode,
    limit: usize,
    /// The JSON-lines input being read.
    current: Option<LineReader>,
}

struct LineReader {
    origin: Arc<str>,
    reader: Box<dyn BufRead>,
    number: usize,
    offset: u64,
}

impl Batches {
    fn new(sources: Vec<Source>, mode: InputMode, threads: usize) -> Batches {
        Batches {
            sources: sources.into_iter(),
            mode,
            limit: BATCH_JOBS_PER_THREAD * threads.max(1),
            current: None,
        }
    }

    /// The next batch; empty when the inputs are exhausted.
    fn next(&mut self, console: &mut Console) -> Batch {
        match self.mode {
            InputMode::Articles => {
                let jobs: Vec<Job> = self.sources.by_ref().take(self.limit).map(Job::Article).collect();
                Batch {
                    units: jobs.len() as u64,
                    jobs,
                }
            }
            InputMode::JsonLines => self.next_lines(console),
        }
    }

    fn next_lines(&mut self, console: &mut Console) -> Batch {
        let mut batch = Batch {
            jobs: Vec::new(),
            units: 0,
        };
        let mut bytes = 0;
        while batch.jobs.len() < self.limit && bytes < BATCH_BYTES {
            let Some(input) = self.current_input(console) else {
                break;
            };
            let mut line = Vec::new();
            match input.reader.read_until(b'\n', &mut line) {
                Ok(0) => self.current = None,
                Ok(read) => {
                    input.number += 1;
                    let offset = input.offset;
                    input.offset += read as u64;
                    batch.units += read as u64;
                    bytes += read;
                    // Blank lines, such as a final empty line, carry no article.
                    if !line.iter().all(u8::is_ascii_whitespace) {
                        batch.jobs.push(Job::Line(Line {
                            origin: input.origin.clone(),
                            number: input.number,
                            offset,
                            bytes: line,
                        }));
                    }
                }
                Err(e) => {
                    console.error(&format!("{}:{}: {e}", input.origin, input.number + 1));
                    self.current = None;
                }
            }
        }
        batch
    }

    /// The input being read, opening the next one when it is exhausted.
    fn current_input(&mut self, console: &mut Console) -> Option<&mut LineReader> {
        while self.current.is_none() {
            let source = self.sources.next()?;
            match source.open() {
                Ok(reader) => {
                    self.current = Some(LineReader {
                        origin: source.name().into(),
                        reader,
                        number: 0,
                        offset: 0,
                    })
                }
                Err(e) => console.error(&format!("{}: {e}", source.name())),
            }
        }
        self.current.as_mut()
    }
}

/// A JSON-lines input line.
#[derive(Deserialize)]
struct Input {
    #[serde(default)]
    id: Value,
    text: String,
    /// Every other field, copied to the output.
    #[serde(flatten)]
    extra: Map<String, Value>,
}

/// The fields an output line sets itself, so an input field of the same
/// name is not copied: `error` marks a line that failed.
const OUTPUT_FIELDS: [&str; 4] = ["entities", "events", "movements", "error"];

/// What became of one job: an extraction, or why there is none.
struct Outcome {
    id: Value,
    extra: Map<String, Value>,
    /// The error names the input, and the line or byte offset.
    result: Result<Extraction, String>,
    /// The output for it, when rendered ahead on a worker thread.
    rendered: Option<Vec<u8>>,
}

impl Job {
    fn run(self, extractor: &Extractor) -> Outcome {
        match self {
            Job::Article(source) => {
                let result = read_article(&source).map(|text| extractor.extract(&text));
                Outcome {
                    id: source.id(),
                    extra: Map::new(),
                    result,
                    rendered: None,
                }
            }
            Job::Line(line) => match parse_line(&line) {
                Ok(mut input) => {
                    input.extra.retain(|key, _| !OUTPUT_FIELDS.contains(&key.as_str()));
                    Outcome {
                        result: Ok(extractor.extract(&input.text)),
                        id: input.id,
                        extra: input.extra,
                        rendered: None,
                    }
                }
                Err(message) => Outcome {
                    id: Value::Null,
                    extra: Map::new(),
                    result: Err(message),
                    rendered: None,
                },
            },
        }
    }
}

fn read_article(source: &Source) -> Result<String, String> {
    let bytes = match source {
        Source::Stdin => {
            let mut bytes = Vec::new();
            io::stdin().lock().read_to_end(&mut bytes).map(|_| bytes)
        }
        Source::File(path) => std::fs::read(path),
    }
    .map_err(|e| format!("{}: {e}", source.name()))?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("{}: not UTF-8: invalid byte at offset {at}", source.name())
    })
}

fn parse_line(line: &Line) -> Result<Input, String> {
    let at = |what: String| format!("{}:{}: {what}", line.origin, line.number);
    let text = std::str::from_utf8(&line.bytes).map_err(|e| {
        let offset = line.offset + e.valid_up_to() as u64;
        at(format!("not UTF-8: invalid byte at offset {offset}"))
    })?;
    serde_json::from_str(text).map_err(|e| at(format!("not a JSON {{\"id\",\"text\"}} object: {e}")))
}

// ---------------------------------------------------------------------------
// Outputs

/// Takes the outcomes in input order and writes them out, as they come or
/// at the end.
trait Sink: Sync {
    /// Writes what one article gave, in input order.
    fn take(&mut self, outcome: &Outcome, out: &mut dyn Write) -> io::Result<()>;
    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()>;
    /// Renders an outcome ahead, on a worker thread, where the sink's output
    /// is per article (JSON); `take` then only copies the bytes.
    fn render(&self, _outcome: &Outcome) -> Option<Vec<u8>> {
        None
    }
}

#[derive(Clone, Copy)]
enum JsonStyle {
    Pretty,
    Line,
}

/// One JSON object per article, or `{"id", "error"}` in its place.
struct Records(JsonStyle);

#[derive(Serialize)]
struct Record<'a> {
    id: &'a Value,
    #[serde(flatten)]
    extra: &'a Map<String, Value>,
    #[serde(flatten)]
    extraction: &'a Extraction,
}

#[derive(Serialize)]
struct Failure<'a> {
    id: &'a Value,
    error: &'a str,
}

impl Sink for Records {
    fn render(&self, outcome: &Outcome) -> Option<Vec<u8>> {
        let mut bytes = Vec::new();
        self.take_into(outcome, &mut bytes).ok()?;
        Some(bytes)
    }

    fn take(&mut self, outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
        match &outcome.rendered {
            Some(bytes) => out.write_all(bytes),
            None => self.take_into(outcome, out),
        }
    }

    fn finish(&mut self, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

impl Records {
    fn take_into(&self, outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
        let id = &outcome.id;
        match &outcome.result {
            Ok(extraction) => self.write(
                out,
                &Record {
                    id,
                    extra: &outcome.extra,
                    extraction,
                },
            )?,
            Err(error) => self.write(out, &Failure { id, error })?,
        }
        writeln!(out)
    }

    fn write(&self, out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
        match self.0 {
            JsonStyle::Pretty => serde_json::to_writer_pretty(out, value)?,
            JsonStyle::Line => serde_json::to_writer(out, value)?,
        }
        Ok(())
    }
}

/// One row per movement, printed at the end when the column widths are known.
#[derive(Default)]
struct MovementTable {
    rows: Vec<Vec<String>>,
}

impl Sink for MovementTable {
    fn take(&mut self, outcome: &Outcome, _: &mut dyn Write) -> io::Result<()> {
        if let Ok(extraction) = &outcome.result {
            let article = plain(&outcome.id);
            for movement in &extraction.movements {
                self.rows.push(movement_row(&article, movement, &extraction.events));
            }
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let header = ["article", "person", "from", "to", "time", "status", "evidence"];
        write_table(out, &header, &self.rows)
    }
}

fn movement_row(article: &str, m: &Movement, events: &[Event]) -> Vec<String> {
    let mut sentences: Vec<&str> = Vec::new();
    for event in m.events.iter().filter_map(|&i| events.get(i)) {
        if !sentences.contains(&event.sentence.text.as_str()) {
            sentences.push(&event.sentence.text);
        }
    }
    vec![
        article.to_string(),
        m.person.clone(),
        post(m.from.as_ref()),
        post(m.to.as_ref()),
        times(m),
        status_name(m.status),
        sentences.join(" "),
    ]
}

const NONE: &str = "—";

/// `org role`, either may be missing.
fn post(post: Option<&Post>) -> String {
    let Some(post) = post else {
        return NONE.to_string();
    };
    let parts: Vec<&str> = [&post.org, &post.role]
        .into_iter()
        .flatten()
        .map(|a| a.text.as_str())
        .collect();
    if parts.is_empty() {
        "?".to_string()
    } else {
        parts.join(" ")
    }
}

/// When the person left and joined: `left → joined` when the article dates both.
fn times(m: &Movement) -> String {
    fn time(post: &Option<Post>) -> Option<&str> {
        post.as_ref().and_then(|p| p.time.as_ref()).map(|t| t.text.as_str())
    }
    match (time(&m.from), time(&m.to)) {
        (Some(left), Some(joined)) if left != joined => format!("{left} → {joined}"),
        (Some(time), _) | (None, Some(time)) => time.to_string(),
        (None, None) => NONE.to_string(),
    }
}

fn status_name(status: Status) -> String {
    match serde_json::to_value(status) {
        Ok(Value::String(name)) => name,
        _ => format!("{status:?}").to_lowercase(),
    }
}

/// An id as a person reads it: a string without its quotes.
fn plain(id: &Value) -> String {
    match id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Writes a table whose columns line up in a terminal: widths are display
/// columns, so 林晓峰 counts as 6 and CEO as 3. The last column is not padded.
fn write_table(out: &mut dyn Write, header: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(|c| one_line(c)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.width());
        }
    }
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (i, (cell, width)) in row.iter().zip(&widths).enumerate() {
            if i > 0 {
                line.push_str("  ");
            }
            line.push_str(cell);
            if i + 1 < row.len() {
                line.extend(std::iter::repeat_n(' ', width - cell.width()));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// A cell on one line: line breaks and other control characters become spaces.
fn one_line(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

// ---------------------------------------------------------------------------
// The talent flow summary

#[derive(Clone, Copy)]
enum FlowFormat {
    Table,
    Dot,
}

/// Who left and who joined each organization, across all inputs. People are
/// counted once per organization and direction however many articles report
/// the move; denied moves and moves inside one organization are left out.
struct Summary {
    format: FlowFormat,
    left: BTreeMap<String, BTreeSet<String>>,
    joined: BTreeMap<String, BTreeSet<String>>,
    /// (from, to) → the people who moved that way.
    moves: BTreeMap<(String, String), BTreeSet<String>>,
}

impl Summary {
    fn new(format: FlowFormat) -> Summary {
        Summary {
            format,
            left: BTreeMap::new(),
            joined: BTreeMap::new(),
            moves: BTreeMap::new(),
        }
    }

    fn add(&mut self, m: &Movement) {
        if m.status == Status::Denied {
            return;
        }
        let org = |post: &Option<Post>| post.as_ref().and_then(|p| p.org.as_ref()).map(org_name);
        let (from, to) = (org(&m.from), org(&m.to));
        if from.is_some() && from == to {
            return;
        }
        let person = one_line(&m.person);
        if let Some(from) = &from {
            self.left.entry(from.clone()).or_default().insert(person.clone());
        }
        if let Some(to) = &to {
            self.joined.entry(to.clone()).or_default().insert(person.clone());
        }
        if let (Some(from), Some(to)) = (from, to) {
            self.moves.entry((from, to)).or_default().insert(person);
        }
    }

    /// Organizations, the busiest first.
    fn orgs(&self) -> Vec<(&str, &BTreeSet<String>, &BTreeSet<String>)> {
        let empty = &EMPTY;
        let names: BTreeSet<&String> = self.left.keys().chain(self.joined.keys()).collect();
        let mut orgs: Vec<_> = names
            .into_iter()
            .map(|name| {
                let left = self.left.get(name).unwrap_or(empty);
                let joined = self.joined.get(name).unwrap_or(empty);
                (name.as_str(), left, joined)
            })
            .collect();
        orgs.sort_by_key(|(name, left, joined)| (std::cmp::Reverse(left.len() + joined.len()), *name));
        orgs
    }

    /// Org → org moves, the most taken first.
    fn moves(&self) -> Vec<(&str, &str, &BTreeSet<String>)> {
        let mut moves: Vec<_> = self
            .moves
            .iter()
            .map(|((from, to), people)| (from.as_str(), to.as_str(), people))
            .collect();
        moves.sort_by_key(|(from, to, people)| (std::cmp::Reverse(people.len()), *from, *to));
        moves
    }

    fn write_tables(&self, out: &mut dyn Write) -> io::Result<()> {
        let names = |people: &BTreeSet<String>| people.iter().map(String::as_str).collect::<Vec<_>>().join(", ");
        let orgs: Vec<Vec<String>> = self
            .orgs()
            .into_iter()
            .map(|(name, left, joined)| {
                vec![
                    name.to_string(),
                    left.len().to_string(),
                    joined.len().to_string(),
                    names(left),
                    names(joined),
                ]
            })
            .collect();
        write_table(
            out,
            &["organization", "left", "joined", "who left", "who joined"],
            &orgs,
        )?;
        writeln!(out)?;
        let moves: Vec<Vec<String>> = self
            .moves()
            .into_iter()
            .map(|(from, to, people)| {
                vec![
                    from.to_string(),
                    "→".to_string(),
                    to.to_string(),
                    people.len().to_string(),
                    names(people),
                ]
            })
            .collect();
        write_table(out, &["from", "", "to", "people", "who"], &moves)
    }

    /// A Graphviz digraph: a box per organization, an edge per org → org
    /// move labelled with how many people took it and who.
    fn write_dot(&self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "digraph talent_flow {{")?;
        writeln!(out, "  rankdir=LR;")?;
        writeln!(out, "  node [shape=box, style=rounded];")?;
        for (name, left, joined) in self.orgs() {
            let label = format!("{name}\nleft {} · joined {}", left.len(), joined.len());
            writeln!(out, "  {} [label={}];", dot_string(name), dot_string(&label))?;
        }
        for (from, to, people) in self.moves() {
            let label = format!("{}: {}", people.len(), dot_names(people));
            writeln!(
                out,
                "  {} -> {} [label={}, penwidth={}];",
                dot_string(from),
                dot_string(to),
                dot_string(&label),
                people.len().min(8)
            )?;
        }
        writeln!(out, "}}")
    }
}

static EMPTY: BTreeSet<String> = BTreeSet::new();

/// An organization by its canonical name when a dictionary knows it.
fn org_name(org: &renshi::Argument) -> String {
    one_line(org.canonical.as_deref().unwrap_or(&org.text))
}

/// At most a few names, so an edge label stays readable.
fn dot_names(people: &BTreeSet<String>) -> String {
    const SHOWN: usize = 4;
    let mut names: Vec<&str> = people.iter().take(SHOWN).map(String::as_str).collect();
    if people.len() > SHOWN {
        names.push("…");
    }
    names.join(", ")
}

/// A DOT double-quoted string; `\n` in `text` becomes a line break in the label.
fn dot_string(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            c if c.is_control() => quoted.push(' '),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

impl Sink for Summary {
    fn take(&mut self, outcome: &Outcome, _: &mut dyn Write) -> io::Result<()> {
        if let Ok(extraction) = &outcome.result {
            extraction.movements.iter().for_each(|m| self.add(m));
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        match self.format {
            FlowFormat::Table => self.write_tables(out),
            FlowFormat::Dot => self.write_dot(out),
        }
    }
}

// ---------------------------------------------------------------------------
// stderr

/// Runs shorter than this show no progress bar.
const QUIET_START: Duration = Duration::from_secs(1);

/// Everything written to stderr: errors, warnings and the progress bar.
/// The bar appears only on a terminal, only after a second, never with
/// `--quiet`; messages are printed above it.
struct Console {
    bar: ProgressBar,
    started: Instant,
    show_bar: bool,
    quiet: bool,
    failures: usize,
}

impl Console {
    fn new(cli: &Cli, mode: InputMode) -> Console {
        let bar = ProgressBar::hidden();
        let template = match mode {
            InputMode::Articles => "{spinner} {pos}/{len} articles {wide_bar} {elapsed} eta {eta}",
            InputMode::JsonLines => "{spinner} {bytes}/{total_bytes} {wide_bar} {binary_bytes_per_sec} eta {eta}",
        };
        bar.set_style(ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()));
        Console {
            bar,
            started: Instant::now(),
            show_bar: !cli.quiet && io::stderr().is_terminal(),
            quiet: cli.quiet,
            failures: 0,
        }
    }

    /// The length of the bar: articles, or bytes of JSON lines (a spinner
    /// when stdin makes it unknown).
    fn set_total(&self, sources: &[Source], mode: InputMode) {
        match mode {
            InputMode::Articles => self.bar.set_length(sources.len() as u64),
            InputMode::JsonLines => {
                let size = |s: &Source| match s {
                    Source::Stdin => None,
                    Source::File(path) => std::fs::metadata(path).ok().map(|m| m.len()),
                };
                match sources.iter().map(size).sum::<Option<u64>>() {
                    Some(total) => self.bar.set_length(total),
                    None => self.bar.set_style(
                        ProgressStyle::with_template("{spinner} {bytes} read {binary_bytes_per_sec} {elapsed}")
                            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                    ),
                }
            }
        }
    }

    fn error(&mut self, message: &str) {
        self.failures += 1;
        self.bar.suspend(|| eprintln!("extract: {message}"));
    }

    fn warn(&self, message: &str) {
        if !self.quiet {
            self.bar.suspend(|| eprintln!("extract: {message}"));
        }
    }

    fn advance(&mut self, units: u64) {
        self.bar.inc(units);
        if self.show_bar && self.bar.is_hidden() && self.started.elapsed() >= QUIET_START {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.bar.enable_steady_tick(Duration::from_millis(200));
        }
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
