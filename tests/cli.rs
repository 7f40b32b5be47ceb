//! The `extract` example binary, run as a user runs it: one test per
//! behaviour, on invented people and organizations.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use unicode_width::UnicodeWidthStr;

/// Invented organizations, loaded with `--dict orgs=orgs.txt`.
const ORGS: &str = "\
# test organizations: canonical | aliases | parent
星河科技 | 星河 |
云帆智能 | 云帆 |
北辰资本 | 北辰 |
青禾数据 | 青禾 |
";

/// 林晓峰: 星河科技 → 云帆智能.
const LIN: &str = "2023年3月，星河科技首席科学家林晓峰离职，加入云帆智能担任技术负责人。";
/// 周雨桐: 北辰资本 → 云帆智能, reported.
const ZHOU: &str = "据悉，北辰资本合伙人周雨桐已于近日离职，将加盟云帆智能出任首席财务官。";
/// 陈一鸣: 云帆智能 → 星河科技.
const CHEN: &str = "今年5月，云帆智能副总裁陈一鸣辞职，转投星河科技。";

/// The example binary, built once for all tests. Examples have no
/// `CARGO_BIN_EXE_*`, so cargo is asked to build it and say where it is;
/// that also rebuilds it when the sources changed since the last run.
fn binary() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let output = Command::new(env!("CARGO"))
            .args([
                "build",
                "--example",
                "extract",
                "--message-format=json",
                "--manifest-path",
            ])
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
            .stderr(Stdio::inherit())
            .output()
            .expect("cargo runs");
        assert!(output.status.success(), "cargo build --example extract failed");
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter_map(|line| serde_json::from_str::<Value>(line).ok())
            .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "extract")
            .find_map(|m| m["executable"].as_str().map(PathBuf::from))
            .expect("cargo names the example's executable")
    })
}

/// A fresh directory for one test, holding the test organizations.
fn workdir(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli").join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("orgs.txt"), ORGS).unwrap();
    dir
}

fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, content).unwrap();
}

/// Runs the binary in `dir` with the test organizations and `args`, feeding `stdin`.
fn run(dir: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(binary())
        .current_dir(dir)
        .args(["--dict", "orgs=orgs.txt"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).expect("stderr is UTF-8")
}

fn exit_code(output: &Output) -> i32 {
    output.status.code().expect("the binary exits")
}

/// One JSON value per stdout line.
fn lines(output: &Output) -> Vec<Value> {
    stdout(output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON: {e}: {line}")))
        .collect()
}

/// An event as (type, person, org, role, time, status).
fn event(e: &Value) -> [&str; 6] {
    fn text(v: &Value) -> &str {
        v["text"].as_str().unwrap_or("")
    }
    [
        e["type"].as_str().unwrap(),
        text(&e["person"]),
        text(&e["org"]),
        text(&e["role"]),
        text(&e["time"]),
        e["status"].as_str().unwrap(),
    ]
}

fn events(record: &Value) -> Vec<[&str; 6]> {
    record["events"].as_array().expect("events").iter().map(event).collect()
}

/// A JSON line `{"id", "text"}`.
fn jsonl(id: impl Into<Value>, text: &str) -> String {
    serde_json::json!({ "id": id.into(), "text": text }).to_string() + "\n"
}

/// About forty articles, each naming different people.
fn many_articles() -> String {
    let orgs = ["星河科技", "云帆智能", "北辰资本", "青禾数据"];
    let surnames = ["林", "周", "陈", "赵", "孙", "何", "郑", "吴"];
    let given = ["晓峰", "雨桐", "一鸣", "可欣", "嘉树"];
    (0..40)
        .map(|i| {
            let from = orgs[i % 4];
            let to = orgs[(i / 4 + i + 1) % 4];
            let to = if to == from { orgs[(i + 2) % 4] } else { to };
            let person = format!("{}{}", surnames[i % 8], given[i % 5]);
            let text = format!(
                "{}年{}月，{from}副总裁{person}离职，加入{to}担任首席技术官。",
                2015 + i % 9,
                1 + i % 12
            );
            jsonl(format!("a{i:02}"), &text)
        })
        .collect()
}

#[test]
fn one_file_gives_pretty_json_with_its_path_as_id() {
    let dir = workdir("pretty_json");
    write(&dir, "lin.txt", LIN);
    let output = run(&dir, &["lin.txt"], "");
    assert_eq!(exit_code(&output), 0, "{}", stderr(&output));
    assert!(stdout(&output).lines().count() > 10, "pretty, not one line");
    let record: Value = serde_json::from_str(stdout(&output)).unwrap();
    assert_eq!(record["id"], "lin.txt");
    assert_eq!(
        events(&record)[0],
        ["departure", "林晓峰", "星河科技", "首席科学家", "2023年3月", "stated"]
    );
    let movement = &record["movements"][0];
    assert_eq!(movement["person"], "林晓峰");
    assert_eq!(movement["from"]["org"]["text"], "星河科技");
    assert_eq!(movement["to"]["org"]["text"], "云帆智能");
    assert_eq!(movement["to"]["role"]["text"], "技术负责人");
}

#[test]
fn several_files_give_one_json_line_each_in_order() {
    let dir = workdir("jsonl_files");
    write(&dir, "zhou.txt", ZHOU);
    write(&dir, "chen.txt", CHEN);
    let output = run(&dir, &["zhou.txt", "chen.txt"], "");
    assert_eq!(exit_code(&output), 0, "{}", stderr(&output));
    let records = lines(&output);
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["id"], "zhou.txt");
    assert_eq!(
        events(&records[0])[0],
        ["departure", "周雨桐", "北辰资本", "合伙人", "近日", "reported"]
    );
    assert_eq!(records[1]["id"], "chen.txt");
    assert_eq!(records[1]["movements"][0]["person"], "陈一鸣");
    assert_eq!(records[1]["movements"][0]["from"]["org"]["text"], "云帆智能");
    assert_eq!(records[1]["movements"][0]["to"]["org"]["text"], "星河科技");
}

#[test]
fn table_has_a_row_per_movement_aligned_for_cjk_width() {
    let dir = workdir("table");
    write(&dir, "news/1.txt", LIN);
    write(&dir, "news/2.txt", ZHOU);
    let output = run(&dir, &["news", "--format", "table"], "");
    assert_eq!(exit_code(&output), 0, "{}", stderr(&output));
    let table: Vec<&str> = stdout(&output).lines().collect();
    assert_eq!(table.len(), 3, "a header and two rows:\n{}", stdout(&output));
    assert!(table[0].starts_with("article"));
    let lin = table[1];
    for cell in [
        "news/1.txt",
        "林晓峰",
        "星河科技 首席科学家",
        "云帆智能 技术负责人",
        "2023年3月",
        "stated",
        LIN,
    ] {
        assert!(lin.contains(cell), "{cell:?} missing from {lin:?}");
    }
    assert!(table[2].contains("周雨桐") && table[2].contains("北辰资本 合伙人") && table[2].contains("reported"));
    // Every row's status and evidence start at the header's display column.
    for column in ["status", "evidence"] {
        let header_at = table[0].find(column).unwrap();
        let value = if column == "status" {
            ["stated", "reported"]
        } else {
            [LIN, ZHOU]
        };
        for (row, value) in table[1..].iter().zip(value) {
            let at = row.find(value).unwrap();
            assert_eq!(row[..at].width(), table[0][..header_at].width(), "{column} in {row:?}");
        }
    }
}

#[test]
fn directories_give_every_txt_file_below_sorted() {
    let dir = workdir("directories");
    write(&dir, "news/b.txt", ZHOU);
    write(&dir, "news/a.txt", LIN);
    write(&dir, "news/later/c.txt", CHEN);
    write(&dir, "news/notes.md", "不是文章");
    let output = run(&dir, &["news"], "");
    assert_eq!(exit_code(&output), 0, "{}", stderr(&output));
    let records = lines(&output);
    let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["news/a.txt", "news/b.txt", "news/later/c.txt"]);
    let people: Vec<&str> = records.iter().map(|r| events(r)[0][1]).collect();
    assert_eq!(people, ["林晓峰", "周雨桐", "陈一鸣"]);
}

#[test]
fn dash_reads_one_article_from_stdin() {
    let dir = workdir("stdin_article");
    let output = run(&dir, &["-"], CHEN);
    assert_eq!(exit_code(&output), 0, "{}", stderr(&output));
    let record: Value = serde_json::from_str(stdout(&output)).unwrap();
    assert_eq!(record["id"], "-");
    assert_eq!(
        events(&record),
        [
            ["departure", "陈一鸣", "云帆智能", "副总裁", "今年5月", "stated"],
            ["join", "陈一鸣", "星河科技", "", "今年5月", "stated"],
        ]
    );
}

#[test]
fn jsonl_from_stdin_echoes_ids_and_copies_other_fields() {
    let dir = workdir("jsonl_passthrough");
    let input = [
        r#"{"id": 7, "text": "林晓峰加入云帆。", "source": {"site": "example", "page": 3}, "lang": "zh"}"#,
        r#"{"id": "b-2", "text": "北辰资本合伙人周雨桐已于近日离职。", "events": 0, "error": "not copied"}"#,
        r#"{"text": "没有编号的文章。"}"#,
    ]
    .join("\n");
    let output = run(&dir, &["--jsonl"], &input);
    assert_eq!(exit_code(&output), 0, "{}", stderr(&output));
    let records = lines(&output);
    assert_eq!(records.len(), 3);
    assert_eq!(records[0]["id"], 7);
    assert_eq!(records[0]["source"]["page"], 3);
    assert_eq!(records[0]["lang"], "zh");
    assert!(records[0].get("text").is_none(), "the text is not echoed");
    assert_eq!(events(&records[0]), [["join", "林晓峰", "云帆", "", "", "stated"]]);
    assert_eq!(records[0]["events"][0]["org"]["canonical"], "云帆智能");
    assert_eq!(records[1]["id"], "b-2");
    assert!(records[1].get("error").is_none(), "only failed lines have an error");
    assert_eq!(
        events(&records[1]),
        [["departure", "周雨桐", "北辰资本", "合伙人", "近日", "stated"]]
    );
    assert_eq!(records[2]["id"], Value::Null);
    assert_eq!(records[2]["events"], serde_json::json!([]));
}

#[test]
fn invalid_json_line_gives_an_error_line_in_its_place() {
    let dir = workdir("invalid_json_line");
    let input = jsonl(1, LIN) + "{\"id\": 2, \"text\": \n" + &jsonl(3, CHEN) + "{\"id\": 4}\n";
    write(&dir, "articles.jsonl", input);
    let output = run(&dir, &["--jsonl", "articles.jsonl"], "");
    assert_eq!(exit_code(&output), 1);
    let records = lines(&output);
    assert_eq!(records.len(), 4);
    assert_eq!(records[0]["id"], 1);
    assert_eq!(events(&records[0])[0][1], "林晓峰");
    assert_eq!(records[1]["id"], Value::Null);
    assert!(records[1]["error"].as_str().unwrap().starts_with("articles.jsonl:2: "));
    assert_eq!(records[2]["id"], 3);
    assert_eq!(events(&records[2])[0][1], "陈一鸣");
    assert!(records[3]["error"].as_str().unwrap().contains("missing field `text`"));
    let errors = stderr(&output);
    assert!(errors.contains("articles.jsonl:2: not a JSON"), "{errors}");
    assert!(errors.contains("articles.jsonl:4: not a JSON"), "{errors}");
}

#[test]
fn invalid_utf8_file_is_named_with_its_byte_offset() {
    let dir = workdir("invalid_utf8");
    write(&dir, "a.txt", LIN);
    let mut bad = "陈一鸣".as_bytes().to_vec();
    bad.extend([0xff, 0xfe]);
    write(&dir, "b.txt", bad);
    write(&dir, "c.txt", ZHOU);
    let output = run(&dir, &["a.txt", "b.txt", "c.txt"], "");
    assert_eq!(exit_code(&output), 1);
    assert!(
        stderr(&output).contains("b.txt: not UTF-8: invalid byte at offset 9"),
        "{}",
        stderr(&output)
    );
    let records = lines(&output);
    assert_eq!(records[0]["id"], "a.txt");
    assert_eq!(events(&records[0])[0][1], "林晓峰");
    assert_eq!(records[1]["id"], "b.txt");
    assert!(records[1]["error"].as_str().unwrap().contains("offset 9"));
    assert_eq!(events(&records[2])[0][1], "周雨桐");
}

#[test]
fn invalid_utf8_line_is_named_with_line_and_byte_offset() {
    let dir = workdir("invalid_utf8_line");
    let mut input = jsonl(1, LIN).into_bytes();
    let second_line_at = input.len();
    input.extend(b"{\"id\": 2, \"text\": \"\xff\"}\n");
    input.extend(jsonl(3, ZHOU).into_bytes());
    write(&dir, "articles.jsonl", input);
    let output = run(&dir, &["--jsonl", "articles.jsonl"], "");
    assert_eq!(exit_code(&output), 1);
    let expected = format!(
        "articles.jsonl:2: not UTF-8: invalid byte at offset {}",
        second_line_at + 19
    );
    assert!(stderr(&output).contains(&expected), "{}", stderr(&output));
    let records = lines(&output);
    assert_eq!(records.len(), 3);
    assert_eq!(records[1]["id"], Value::Null);
    assert_eq!(events(&records[2])[0][1], "周雨桐");
}

#[test]
fn missing_file_is_named_and_the_others_processed() {
    let dir = workdir("missing_file");
    write(&dir, "a.txt", LIN);
    write(&dir, "c.jsonl", jsonl("c", CHEN));
    let output = run(&dir, &["a.txt", "gone.txt"], "");
    assert_eq!(exit_code(&output), 1);
    assert!(stderr(&output).contains("gone.txt: "), "{}", stderr(&output));
    let records = lines(&output);
    assert_eq!(events(&records[0])[0][1], "林晓峰");
    assert_eq!(records[1]["id"], "gone.txt");
    assert!(records[1]["error"].is_string());

    let output = run(&dir, &["--jsonl", "gone.jsonl", "c.jsonl"], "");
    assert_eq!(exit_code(&output), 1);
    assert!(stderr(&output).contains("gone.jsonl: "), "{}", stderr(&output));
    let records = lines(&output);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["id"], "c");
    assert_eq!(events(&records[0])[0][1], "陈一鸣");
}

#[test]
fn usage_errors_exit_2() {
    let dir = workdir("usage");
    write(&dir, "a.txt", LIN);
    let cases: [&[&str]; 7] = [
        &[],
        &["--no-such-flag", "a.txt"],
        &["--format", "xml", "a.txt"],
        &["--threads", "0", "a.txt"],
        &["--dict", "places=a.txt", "a.txt"],
        &["--summary-format", "dot", "a.txt"],
        &["--summary", "--format", "table", "a.txt"],
    ];
    for args in cases {
        let output = run(&dir, args, "");
        assert_eq!(exit_code(&output), 2, "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        assert!(stderr(&output).contains("error"), "{args:?}: {}", stderr(&output));
    }
}

#[test]
fn help_gives_examples() {
    let dir = workdir("help");
    let output = run(&dir, &["--help"], "");
    assert_eq!(exit_code(&output), 0);
    let help = stdout(&output);
    for part in [
        "Examples:",
        "--jsonl",
        "--summary-format",
        "--dict <KIND=FILE>",
        "--threads",
        "Exit status",
    ] {
        assert!(help.contains(part), "{part:?} missing from --help");
    }
}

#[test]
fn dictionary_error_names_file_and_line_and_exits_2() {
    let dir = workdir("dictionary_error");
    write(&dir, "a.txt", LIN);
    write(&dir, "more-orgs.txt", "# more\n白鹭传媒 | 白鹭 |\n红杉湾 | 白鹭 |\n");
    let output = run(&dir, &["--dict", "orgs=more-orgs.txt", "a.txt"], "");
    assert_eq!(exit_code(&output), 2);
    assert!(output.stdout.is_empty());
    assert!(stderr(&output).contains("more-orgs.txt:3:"), "{}", stderr(&output));

    let output = run(&dir, &["--dict", "roles=absent.txt", "a.txt"], "");
    assert_eq!(exit_code(&output), 2);
    assert!(stderr(&output).contains("absent.txt"), "{}", stderr(&output));
}

#[test]
fn dict_adds_aliases_beside_the_embedded_dictionaries() {
    let dir = workdir("dictionary_alias");
    let output = run(&dir, &["--jsonl"], &jsonl(1, "林晓峰加入星河。"));
    assert_eq!(exit_code(&output), 0, "{}", stderr(&output));
    let org = &lines(&output)[0]["events"][0]["org"];
    assert_eq!(org["text"], "星河");
    assert_eq!(org["canonical"], "星河科技");
}

#[test]
fn summary_table_gives_who_left_and_joined_and_org_to_org_counts() {
    let dir = workdir("summary_table");
    // The same move reported twice counts once; a denied one not at all.
    let input = [
        jsonl(1, LIN),
        jsonl(2, ZHOU),
        jsonl(3, CHEN),
        jsonl(4, LIN),
        jsonl(5, "北辰资本否认合伙人孙可欣已离职加入星河科技。"),
    ]
    .concat();
    let output = run(&dir, &["--jsonl", "--summary"], &input);
    assert_eq!(exit_code(&output), 0, "{}", stderr(&output));
    let text = stdout(&output);
    let (orgs, moves) = text.split_once("\n\n").expect("two tables");
    let cells = |table: &str| -> Vec<Vec<String>> {
        table
            .lines()
            .map(|line| {
                line.split("  ")
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(String::from)
                    .collect()
            })
            .collect()
    };
    assert_eq!(
        cells(orgs),
        [
            vec!["organization", "left", "joined", "who left", "who joined"],
            vec!["云帆智能", "1", "2", "陈一鸣", "周雨桐, 林晓峰"],
            vec!["星河科技", "1", "1", "林晓峰", "陈一鸣"],
            vec!["北辰资本", "1", "0", "周雨桐"],
        ]
    );
    assert_eq!(
        cells(moves),
        [
            vec!["from", "to", "people", "who"],
            vec!["云帆智能", "→", "星河科技", "1", "陈一鸣"],
            vec!["北辰资本", "→", "云帆智能", "1", "周雨桐"],
            vec!["星河科技", "→", "云帆智能", "1", "林晓峰"],
        ]
    );
    assert!(!text.contains("孙可欣"), "a denied move is not a move");
}

#[test]
fn summary_dot_is_a_graphviz_digraph_with_quoted_cjk_labels() {
    let dir = workdir("summary_dot");
    write(&dir, "news/1.txt", LIN);
    write(&dir, "news/2.txt", ZHOU);
    write(&dir, "news/3.txt", CHEN);
    let output = run(&dir, &["news", "--summary", "--summary-format", "dot"], "");
    assert_eq!(exit_code(&output), 0, "{}", stderr(&output));
    let dot = stdout(&output);
    let lines: Vec<&str> = dot.lines().collect();
    assert_eq!(lines.first(), Some(&"digraph talent_flow {"));
    assert_eq!(lines.last(), Some(&"}"));
    assert!(lines[1..lines.len() - 1].iter().all(|l| l.ends_with(';')), "{dot}");
    assert!(
        dot.contains(r#""云帆智能" [label="云帆智能\nleft 1 · joined 2"];"#),
        "{dot}"
    );
    assert!(dot.contains(r#""星河科技" -> "云帆智能" [label="1: 林晓峰""#), "{dot}");
    assert!(dot.contains(r#""北辰资本" -> "云帆智能" [label="1: 周雨桐""#), "{dot}");
    assert!(dot.contains(r#""云帆智能" -> "星河科技" [label="1: 陈一鸣""#), "{dot}");
    assert_eq!(dot.matches('"').count() % 2, 0, "quotes are balanced");
}

#[test]
fn threads_do_not_change_the_output() {
    let dir = workdir("threads");
    let input = many_articles();
    let one = run(&dir, &["--jsonl", "--threads", "1"], &input);
    let two = run(&dir, &["--jsonl", "--threads", "2"], &input);
    assert_eq!(exit_code(&one), 0, "{}", stderr(&one));
    assert_eq!(exit_code(&two), 0, "{}", stderr(&two));
    assert_eq!(stdout(&one), stdout(&two));
    let records = lines(&two);
    assert_eq!(records.len(), 40);
    for (i, record) in records.iter().enumerate() {
        assert_eq!(record["id"], format!("a{i:02}"));
    }
    assert_eq!(
        events(&records[0])[0],
        ["departure", "林晓峰", "星河科技", "副总裁", "2015年1月", "stated"]
    );
}

/// The contract Hadoop Streaming, Spark's `RDD.pipe` and GNU parallel rely
/// on: shards processed apart and concatenated give the whole output.
#[test]
fn shards_concatenate_to_the_output_of_one_process() {
    let dir = workdir("shards");
    let input = many_articles();
    let lines_in: Vec<&str> = input.split_inclusive('\n').collect();
    let whole = run(&dir, &["--jsonl", "--quiet"], &input);
    assert_eq!(exit_code(&whole), 0, "{}", stderr(&whole));
    let shards: Vec<String> = lines_in
        .chunks(lines_in.len().div_ceil(4))
        .map(|c| c.concat())
        .collect();
    assert_eq!(shards.len(), 4);
    let children: Vec<_> = shards
        .iter()
        .enumerate()
        .map(|(i, shard)| {
            write(&dir, &format!("part-{i}.jsonl"), shard);
            Command::new(binary())
                .current_dir(&dir)
                .args(["--dict", "orgs=orgs.txt", "--jsonl", "--quiet", "--threads", "1"])
                .arg(format!("part-{i}.jsonl"))
                .stdout(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let merged: Vec<u8> = children
        .into_iter()
        .flat_map(|child| {
            let output = child.wait_with_output().unwrap();
            assert!(output.status.success());
            output.stdout
        })
        .collect();
    assert_eq!(String::from_utf8(merged).unwrap(), stdout(&whole));
    assert_eq!(lines(&whole).len(), 40);
}

#[test]
fn stderr_is_silent_off_a_terminal_and_quiet_silences_warnings() {
    let dir = workdir("quiet");
    write(&dir, "a.txt", LIN);
    std::fs::create_dir_all(dir.join("empty")).unwrap();
    let output = run(&dir, &["a.txt"], "");
    assert_eq!(exit_code(&output), 0);
    assert_eq!(stderr(&output), "", "no progress bar when stderr is not a terminal");

    let output = run(&dir, &["a.txt", "empty"], "");
    assert_eq!(exit_code(&output), 0);
    assert!(stderr(&output).contains("empty: no *.txt file below"));
    let output = run(&dir, &["--quiet", "a.txt", "empty"], "");
    assert_eq!(exit_code(&output), 0);
    assert_eq!(stderr(&output), "");

    let output = run(&dir, &["--quiet", "a.txt", "gone.txt"], "");
    assert_eq!(exit_code(&output), 1);
    assert!(stderr(&output).contains("gone.txt"), "errors are still printed");
}

#[test]
fn moves_coverage_gives_the_same_events() {
    let dir = workdir("coverage");
    let input = many_articles();
    let everything = run(&dir, &["--jsonl"], &input);
    let moves = run(&dir, &["--jsonl", "--coverage", "moves"], &input);
    assert_eq!(exit_code(&moves), 0, "{}", stderr(&moves));
    let (a, b) = (lines(&everything), lines(&moves));
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(events(x), events(y));
    }
    assert_eq!(
        events(&b[0])[0],
        ["departure", "林晓峰", "星河科技", "副总裁", "2015年1月", "stated"]
    );
}
