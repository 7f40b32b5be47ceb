//! Runs renshi on articles and prints what it extracts, as JSON.
//!
//! ```text
//! cargo run --release --example extract -- examples/sample_article.txt
//! cargo run --release --example extract -- --jsonl articles.jsonl     # {"id", "text"} per line
//! ```
//!
//! Each file is one article (UTF-8 text); its extraction is printed as one
//! JSON object with `"id"` set to the path. With `--jsonl`, each input line
//! `{"id", "text"}` (stdin when no file is named) gives exactly one output
//! line, in order, with `id` echoed; a line that is not valid JSON gives
//! `{"id":null,"error":…}` in its place. Errors also go to stderr, naming the
//! file and byte offset or the line; the other inputs are still processed and
//! the exit status is 1 at the end.

use renshi::{Extraction, Extractor};
use serde::Serialize;
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

#[derive(Serialize)]
struct Article<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    extraction: &'a Extraction,
}

#[derive(serde::Deserialize)]
struct Input {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!(
            "usage: extract FILE...        one article per file, JSON out\n       extract --jsonl [FILE...]  {{\"id\",\"text\"}} lines in (stdin if no file), JSON lines out"
        );
        return ExitCode::SUCCESS;
    }
    let jsonl = args.iter().any(|a| a == "--jsonl");
    let files: Vec<&String> = args.iter().filter(|a| *a != "--jsonl").collect();
    if !jsonl && files.is_empty() {
        eprintln!("extract: name at least one file, or use --jsonl (see --help)");
        return ExitCode::from(2);
    }
    let extractor = Extractor::new();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    let result = if jsonl {
        run_jsonl(&extractor, &files, &mut out, &mut failed)
    } else {
        run_files(&extractor, &files, &mut out, &mut failed)
    };
    if let Err(e) = result.and_then(|()| out.flush()) {
        eprintln!("extract: cannot write output: {e}");
        return ExitCode::FAILURE;
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

fn run_files(extractor: &Extractor, files: &[&String], out: &mut impl Write, failed: &mut bool) -> io::Result<()> {
    for path in files {
        let text = match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) => {
                    eprintln!(
                        "{path}: not UTF-8: invalid byte at offset {}",
                        e.utf8_error().valid_up_to()
                    );
                    *failed = true;
                    continue;
                }
            },
            Err(e) => {
                eprintln!("{path}: {e}");
                *failed = true;
                continue;
            }
        };
        let id = serde_json::Value::String(path.to_string());
        let extraction = extractor.extract(&text);
        serde_json::to_writer_pretty(
            &mut *out,
            &Article {
                id: &id,
                extraction: &extraction,
            },
        )?;
        writeln!(out)?;
    }
    Ok(())
}

fn run_jsonl(extractor: &Extractor, files: &[&String], out: &mut impl Write, failed: &mut bool) -> io::Result<()> {
    if files.is_empty() {
        return extract_lines("<stdin>", io::stdin().lock(), extractor, out, failed);
    }
    for path in files {
        match std::fs::File::open(path) {
            Ok(file) => extract_lines(path, io::BufReader::new(file), extractor, out, failed)?,
            Err(e) => {
                eprintln!("{path}: {e}");
                *failed = true;
            }
        }
    }
    Ok(())
}

fn extract_lines(
    name: &str,
    mut reader: impl BufRead,
    extractor: &Extractor,
    out: &mut impl Write,
    failed: &mut bool,
) -> io::Result<()> {
    let mut line = Vec::new();
    let mut number = 0;
    let mut offset = 0;
    loop {
        line.clear();
        let read = reader.read_until(b'\n', &mut line)?;
        if read == 0 {
            return Ok(());
        }
        number += 1;
        let at = offset;
        offset += read;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let parsed = std::str::from_utf8(&line)
            .map_err(|e| format!("not UTF-8: invalid byte at offset {}", at + e.valid_up_to()))
            .and_then(|s| {
                serde_json::from_str::<Input>(s).map_err(|e| format!("not a JSON {{\"id\",\"text\"}} object: {e}"))
            });
        match parsed {
            Ok(input) => {
                let extraction = extractor.extract(&input.text);
                serde_json::to_writer(
                    &mut *out,
                    &Article {
                        id: &input.id,
                        extraction: &extraction,
                    },
                )?;
            }
            Err(message) => {
                let message = format!("{name}:{number}: {message}");
                eprintln!("{message}");
                *failed = true;
                serde_json::to_writer(&mut *out, &serde_json::json!({ "id": null, "error": message }))?;
            }
        }
        writeln!(out)?;
    }
}
