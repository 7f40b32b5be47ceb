//! Whole-text behaviour: gaps filled across sentences, movements, spans,
//! and normalization giving the same events.

mod common;

use common::{entities, extract, extractor, rows};
use renshi::{EntityKind, EventType, Extractor, Status};

#[test]
fn departure_takes_org_and_role_named_in_an_earlier_sentence() {
    let text = "星河科技技术负责人林晓峰是业内知名专家。据悉,林晓峰已转投云帆智能。";
    let x = extract(text);
    assert_eq!(
        rows(&x),
        [
            ("departure", "林晓峰", Some("星河科技"), Some("技术负责人"), None),
            ("join", "林晓峰", Some("云帆智能"), None, None),
        ]
    );
    assert!(x.events.iter().all(|e| e.status == Status::Reported));
    // A tenure stated by a pronoun, or with its subject dropped, in a later
    // sentence describes the person as well.
    for text in ["韩述离职！曾任星河科技副总裁。", "韩述离职。此前他曾任星河科技副总裁。"]
    {
        assert_eq!(
            rows(&extract(text)),
            [("departure", "韩述", Some("星河科技"), Some("副总裁"), None)],
            "{text}"
        );
    }
}

#[test]
fn one_movement_per_person_and_move() {
    let text = "星河科技首席科学家林晓峰离职。今年3月,林晓峰加入云帆智能。林晓峰离职一事引发关注。\
                苏婉清在2020年加入星河科技。苏婉清近日从星河科技离职。";
    let x = extract(text);
    assert_eq!(x.movements.len(), 3, "{:#?}", x.movements);

    let lin = &x.movements[0];
    assert_eq!(lin.person, "林晓峰");
    let from = lin.from.as_ref().expect("from");
    let to = lin.to.as_ref().expect("to");
    assert_eq!(from.org.as_ref().map(|o| o.text.as_str()), Some("星河科技"));
    assert_eq!(from.role.as_ref().map(|r| r.text.as_str()), Some("首席科学家"));
    assert_eq!(to.org.as_ref().map(|o| o.text.as_str()), Some("云帆智能"));
    assert_eq!(to.time.as_ref().map(|t| t.text.as_str()), Some("今年3月"));
    assert_eq!(lin.events, [0, 1, 2]);

    // A join and a departure at the same organization are two moves.
    let su_join = &x.movements[1];
    assert_eq!(su_join.person, "苏婉清");
    assert!(su_join.from.is_none());
    assert_eq!(
        su_join
            .to
            .as_ref()
            .and_then(|p| p.time.as_ref())
            .map(|t| t.text.as_str()),
        Some("2020年")
    );
    let su_left = &x.movements[2];
    assert!(su_left.to.is_none());
    assert_eq!(
        su_left
            .from
            .as_ref()
            .and_then(|p| p.time.as_ref())
            .map(|t| t.text.as_str()),
        Some("近日")
    );
}

#[test]
fn canonical_names_and_parents() {
    let x = Extractor::new().extract("百度文心负责人王某转投字节。");
    let departure = &x.events[0];
    let org = departure.org.as_ref().expect("org");
    assert_eq!(org.text, "百度文心");
    assert_eq!(org.canonical.as_deref(), Some("文心一言"));
    let join = &x.events[1];
    assert_eq!(join.org.as_ref().and_then(|o| o.canonical.as_deref()), Some("字节跳动"));
}

/// Simplified, half-width, without spaces: how the variants should compare.
fn fold(s: &str) -> String {
    fast2s::convert(s)
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect()
}

#[test]
fn traditional_and_full_width_give_the_same_events() {
    let simplified = "据悉,星河科技首席科学家林晓峰已于今年8月离职,转投云帆智能。";
    let variants = [
        "據悉，星河科技首席科學家林曉峰已於今年８月離職，轉投云帆智能。",
        "据悉，星河科技首席科学家林晓峰已于今年 8 月离职，转投云帆智能。",
        "据悉,星河科技首席科学家林晓峰已于今年8月离职,转投云帆智能。",
    ];
    let folded = |text: &str| -> Vec<String> { rows(&extract(text)).iter().map(|r| fold(&format!("{r:?}"))).collect() };
    let expected = folded(simplified);
    assert_eq!(
        expected,
        [
            fold(&format!(
                "{:?}",
                (
                    "departure",
                    "林晓峰",
                    Some("星河科技"),
                    Some("首席科学家"),
                    Some("今年8月")
                )
            )),
            fold(&format!(
                "{:?}",
                ("join", "林晓峰", Some("云帆智能"), None::<&str>, None::<&str>)
            )),
        ]
    );
    for text in variants {
        assert_eq!(folded(text), expected, "{text}");
    }
}

#[test]
fn every_span_slices_back_to_its_text() {
    let texts = [
        "據悉，ＯｐｅｎＡＩ研究員張偉離職，加入星河科技。",
        "今年 8 月，星河科技首席科学家王某某加入云帆智能的模型算法团队 Nova。",
        "星河科技技术负责人林晓峰、云帆智能产品总监苏婉清等人先后离开了原公司。",
    ];
    for text in texts {
        let x = extract(text);
        assert!(!x.entities.is_empty(), "{text}");
        for e in &x.entities {
            assert_eq!(&text[e.span.range()], e.text, "{text}");
        }
        for e in &x.events {
            for arg in [
                e.person.as_ref(),
                e.org.as_ref(),
                e.role.as_ref(),
                e.time.as_ref(),
                Some(&e.trigger),
                Some(&e.sentence),
            ]
            .into_iter()
            .flatten()
            {
                assert_eq!(&text[arg.span.range()], arg.text, "{text}");
            }
        }
    }
}

#[test]
fn entities_cover_people_orgs_and_roles() {
    let text = "星河科技首席科学家林晓峰表示,云帆智能CEO苏婉清是老朋友。";
    let x = extract(text);
    let got: Vec<(EntityKind, &str)> = x.entities.iter().map(|e| (e.kind, e.text.as_str())).collect();
    assert_eq!(
        got,
        [
            (EntityKind::Org, "星河科技"),
            (EntityKind::Role, "首席科学家"),
            (EntityKind::Person, "林晓峰"),
            (EntityKind::Org, "云帆智能"),
            (EntityKind::Role, "CEO"),
            (EntityKind::Person, "苏婉清"),
        ]
    );
}

#[test]
fn extractor_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Extractor>();
    let _ = extractor();
}

#[test]
fn honorifics_are_not_part_of_names() {
    assert_eq!(
        entities(
            "林先生表示,他已经离开星河科技。苏婉清女士加入云帆智能。",
            EntityKind::Person
        ),
        ["林", "苏婉清"]
    );
}

#[test]
fn biographies_and_honorifics_vouch_for_names() {
    let people = |text: &str| entities(text, EntityKind::Person);
    assert_eq!(people("乔振岳，男，汉族，1968年出生。"), ["乔振岳"]);
    assert_eq!(people("此前，韦先生曾任星河科技总裁。"), ["韦"]);
    // The name a biography opens with needs no word of jieba's.
    assert_eq!(people("乔振岳先生：中国国籍，1968年出生。"), ["乔振岳"]);
    assert_eq!(people("乔先生大学学历。"), ["乔"]);
    assert_eq!(people("艾山·买买提：男，维吾尔族。"), ["艾山·买买提"]);
    assert_eq!(people("乔振岳：曾任星河科技总裁。"), ["乔振岳"]);
    // A place (places.txt) and its people are no name, whatever jieba tags them.
    assert!(people("他去过夏威夷，也去过张家口，遇到几个济南人。").is_empty());
    // A surname alone before a one-character title is a word: 元帅.
    assert!(people("两位元帅出席了仪式。").is_empty());
    // A name that begins a place's name is no person there; one standing (站/v) still is.
    assert!(people("他住在苏婉清路3号，离林晓峰广场不远。").is_empty());
    assert_eq!(people("林晓峰站在门口。"), ["林晓峰"]);
    // A place or a word before a colon is no name, nor a news heading.
    assert!(people("北京：今日天气晴。").is_empty());
    assert_eq!(people("原标题：林晓峰离职"), ["林晓峰"]);
    // An opening clause before a comma is no dotted name, though a dot stands in it.
    assert_eq!(people("在卡洛·维斯特球场这个魔鬼主场，青松队输了。"), ["卡洛·维斯特"]);
    // After a number a unit makes an amount (万), but a name may follow a date.
    assert_eq!(people("11-20韩连志当选。"), ["韩连志"]);
    assert!(people("球队花了5000万欧元。").is_empty());
    // A known name runs on only over a transliteration's pieces, not a verb (章子怡 + 封后);
    // 老先生 after a name is an honorific.
    assert_eq!(people("颁奖礼上章子怡封后。"), ["章子怡"]);
    assert_eq!(people("苏婉清老先生的作品很多。"), ["苏婉清"]);
    // A surname jieba reads as a preposition (向/p 媒体) starts no name; 孙姓 is "surnamed 孙".
    assert_eq!(people("林晓峰再次向媒体表示，业务正常。"), ["林晓峰"]);
    assert!(people("星河科技负责人向媒体透露，业务正常。").is_empty());
    assert!(people("一位孙姓市民告诉记者。").is_empty());
    // After a person, 签约 is theirs, with an organization: what follows is
    // no name; after a manager, 签下 still signs a person.
    assert_eq!(people("林晓峰签约海川。"), ["林晓峰"]);
    assert_eq!(people("主帅卡洛维奇签下了萨维斯特。"), ["卡洛维奇", "萨维斯特"]);
    // A word opening a clause before a move reads as a name only with a
    // given-name character: 层 is none.
    assert!(people("据悉，高层离职频繁。").is_empty());
    assert_eq!(people("据悉，高远离职。"), ["高远"]);
}

#[test]
fn a_lone_surname_jieba_tags_and_given_name_characters_make_a_name() {
    // jieba cuts 邱 / 明远 and tags 邱 a name: no context is needed.
    assert_eq!(entities("当天，邱明远在展厅参观。", EntityKind::Person), ["邱明远"]);
    // A name of three jieba tags whole needs none either, though 迪 is typical of transliteration.
    assert_eq!(entities("当天林思迪起床时发现了问题。", EntityKind::Person), ["林思迪"]);
}

#[test]
fn a_hyphen_or_dot_joins_the_parts_of_a_transliterated_name() {
    let table: [(&str, &[&str]); 4] = [
        ("导演卡洛斯-斯塔诺的新片上映，比分是3-2。", &["卡洛斯-斯塔诺"]),
        // jieba cuts a long part into pieces (维/v 瑟斯/nrt 彭/nr): they are one part.
        ("特工卡洛·维瑟斯彭最近很忙。", &["卡洛·维瑟斯彭"]),
        ("助理教练奥托-佩拉尔瑙负责训练。", &["奥托-佩拉尔瑙"]),
        // jieba may glue a locative to a dotted name's first part (上卡洛/ns).
        ("拍卖会上卡洛·维瑟斯彭和林晓峰都来了。", &["卡洛·维瑟斯彭", "林晓峰"]),
    ];
    for (text, expected) in table {
        assert_eq!(entities(text, EntityKind::Person), expected, "{text}");
    }
}

#[test]
fn a_name_is_mended_where_jieba_cuts_it_wrongly() {
    let table: [(&str, &[&str]); 30] = [
        // A name jieba tags runs on over the transliteration pieces after it (贾玛/nr + 托尔/nrt)…
        ("参谋长贾玛托尔当日表示。", &["贾玛托尔"]),
        // …and back over a piece before it (斯/nr, 雷/n, even the department 科/n),
        // but not over a preposition (在/p).
        ("斯维斯特和林晓峰都来了。", &["斯维斯特", "林晓峰"]),
        ("雷卡斯特总是迟到。", &["雷卡斯特"]),
        ("科维斯特表示，业务正常。", &["科维斯特"]),
        ("在维斯特表示，业务正常。", &["维斯特"]),
        // A Chinese name takes no piece after it, nor a piece a verb jieba glued (卡洛斯 + 特说).
        ("林晓峰阿卡表示，业务正常。", &["林晓峰", "阿卡"]),
        // …and gives back an adverb or preposition jieba glued to it (罗伊则/nr, 韩连志为/nr).
        ("中场罗伊则表示满意。", &["罗伊"]),
        ("星河科技董事长韩连志为新书作序。", &["韩连志"]),
        // A verb of saying before a speaker's colon is no part of the name.
        ("苏婉清说：“我们会继续。”", &["苏婉清"]),
        // Between a role and a verb, a name is read by its characters where
        // jieba's words straddle it (吴国/ns 平说/n).
        ("星河科技负责人吴国平说，业务正常。", &["吴国平"]),
        // A word jieba tags a name but knows as a word, or a transliteration,
        // is one beside a name.
        ("苏婉清和周茜都来了。", &["苏婉清", "周茜"]),
        ("林晓峰和维斯特都来了。", &["林晓峰", "维斯特"]),
        // So is a word jieba tags a name of its own (杜彬/nrfg), or one it does
        // not know that reads as a Chinese name (郑源/ns).
        ("名单包括苏婉清、杜彬。", &["苏婉清", "杜彬"]),
        ("苏婉清、郑源都来了。", &["苏婉清", "郑源"]),
        // Before 先生 a character ends the name whatever jieba took it for (韩继/nr 遂/d).
        ("星河科技顾问韩继遂先生出席了会议。", &["韩继遂"]),
        // A surname-like first character may open a transliteration (乔沃/nr 维奇/nrt).
        ("青松队的乔沃维奇宣布离队。", &["乔沃维奇"]),
        // A verb of saying is no given name jieba split off (韩述/nr 称/v).
        ("韩述称，公司运营正常。", &["韩述"]),
        // A conjunction jieba glued to a name is no part of it (而纪安/nr, 但安蓉/nr).
        ("而纪安表示，业务正常。", &["纪安"]),
        ("但安蓉表示，业务正常。", &["安蓉"]),
        // Nor is a byline's 文, "text by" (韩连志文/nr / 图).
        ("星河日报记者韩连志文/图", &["韩连志"]),
        // The part before a dot runs back over the pieces of a transliteration (格洛/nr 丽亚/ns).
        ("主演格洛丽亚·维斯特出席。", &["格洛丽亚·维斯特"]),
        // After a role, a name is read by its characters (韩文/nr 南向/f), also
        // where a well-known name begins it (陈云 + 飞), and before a byline's 文.
        ("星河科技办公室主任陈云飞表示，业务正常。", &["陈云飞"]),
        ("星河日报记者韩建明文/摄", &["韩建明"]),
        ("星河科技总经理韩文南向员工通报情况。", &["韩文南"]),
        // …but an adverb rare in given names after a whole name ends it (韩述 + 也).
        ("星河科技基金经理韩述也认为，风险可控。", &["韩述"]),
        // Before a colon, a name of two and a verb are no name of four.
        ("韩述推荐：青松队主场取胜。", &["韩述"]),
        // Between a clause break and a verb of saying, a name is read by its characters (韩立/nr 才/d)…
        ("增长很快。韩立才强调，要控制风险。", &["韩立才"]),
        // …but not a common word (双方).
        ("对此，双方表示满意。", &[]),
        // 的 before an honorific (her husband) is no part of the name.
        ("苏婉清的先生在星河科技工作。", &["苏婉清"]),
        // A common word after a role is a name only before a verb or at a break.
        ("他是学生那样的人。", &[]),
    ];
    for (text, expected) in table {
        assert_eq!(entities(text, EntityKind::Person), expected, "{text}");
    }
}

#[test]
fn a_name_inside_a_title_is_part_of_the_title() {
    // Neither a name read elsewhere nor a well-known one names a person inside 《…》.
    for text in [
        "星河科技总裁陈启航出席了首映式，电影《陈启航的夏天》将于下月上映。",
        "游戏《但丁的地狱》将改编为电影。",
    ] {
        let x = extract(text);
        let people: Vec<usize> = x
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| e.span.start)
            .collect();
        let title = text.find('《').unwrap();
        assert!(people.iter().all(|&at| at < title), "{text}: {people:?}");
    }
}

#[test]
fn words_that_only_look_like_names_are_none() {
    let people = |text: &str| entities(text, EntityKind::Person);
    // 任 after a date or an adverb holds a post.
    assert!(people("2012年3月任青禾水产总经理。").is_empty());
    assert!(people("他曾任海军某部参谋。").is_empty());
    // After a role, a numeral or a conjunction starts no name.
    assert!(people("他辞去星河科技财务总监一职。").is_empty());
    assert!(people("他任主任助理兼海烟商厦经理。").is_empty());
    // A Latin word before a role is no name; before a move verb it is.
    assert!(people("他曾任CAM工程师。").is_empty());
    assert_eq!(people("Kestrel加盟星河科技。"), ["Kestrel"]);
}

#[test]
fn a_name_read_once_is_read_everywhere() {
    // The role vouches for the name in the first sentence; the second has no context.
    let x = extract("星河科技总裁陈启航出席会议。陈启航的讲话很受欢迎。");
    let people: Vec<(&str, usize)> = x
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| (e.text.as_str(), e.span.start))
        .collect();
    assert_eq!(people.len(), 2, "{people:?}");
    assert!(people.iter().all(|(name, _)| *name == "陈启航"));
}

#[test]
fn moves_coverage_reads_the_same_events() {
    use renshi::{Coverage, Dictionary};
    let fast = Extractor::builder()
        .dictionary(Dictionary::Orgs, "test-orgs.txt", common::TEST_ORGS.as_bytes())
        .coverage(Coverage::Moves)
        .build()
        .unwrap();
    let text = "星河科技技术负责人林晓峰是业内知名专家。天气很好。据悉,林晓峰已转投云帆智能。苏婉清表示祝贺。\
                Kestrel正式前往北辰资本担任合伙人。韩述成为青松队的一员。";
    let full = extract(text);
    let moves = fast.extract(text);
    // Going to a post and becoming a member are moves no cue word marks: read in both.
    assert_eq!(rows(&full).len(), 4, "{:?}", rows(&full));
    assert_eq!(rows(&moves), rows(&full));
    assert_eq!(moves.movements, full.movements);
    // Outside move sentences only what the dictionaries and the move sentences name is read.
    let people = |x: &renshi::Extraction| {
        x.entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| e.text.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(people(&full), ["林晓峰", "林晓峰", "苏婉清", "Kestrel", "韩述"]);
    assert_eq!(people(&moves), ["林晓峰", "林晓峰", "Kestrel", "韩述"]);
}

#[test]
fn a_pronoun_stands_for_the_person_last_named() {
    let x = extract("星河科技首席科学家林晓峰今年很忙。据悉,他已于3月离职,加入云帆智能。");
    assert_eq!(
        rows(&x),
        [
            ("departure", "他", Some("星河科技"), Some("首席科学家"), Some("3月")),
            ("join", "他", Some("云帆智能"), None, None),
        ]
    );
    assert!(
        x.events
            .iter()
            .all(|e| e.person.as_ref().and_then(|p| p.canonical.as_deref()) == Some("林晓峰"))
    );
    assert_eq!(x.movements.len(), 1);
    assert_eq!(x.movements[0].person, "林晓峰");
    // 其 right before a move verb is a pronoun; one's own gallery is an employer
    // no dictionary names, and 其职务 (his post) is no person.
    let x = extract("林晓峰很能干，星河科技力邀其加入了自己的画廊。其职务由苏婉清接任。");
    assert_eq!(
        rows(&x),
        [("join", "其", None, None, None), ("join", "苏婉清", None, None, None)]
    );
    assert_eq!(
        x.events[0].person.as_ref().and_then(|p| p.canonical.as_deref()),
        Some("林晓峰")
    );
}

#[test]
fn a_short_form_is_linked_to_the_full_name() {
    let text = "云岭科技宣布林晓峰加入。云岭的新产品很受欢迎。";
    let x = extract(text);
    let orgs: Vec<(&str, Option<&str>)> = x
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Org)
        .map(|e| (e.text.as_str(), e.canonical.as_deref()))
        .collect();
    assert_eq!(orgs, [("云岭科技", None), ("云岭", Some("云岭科技"))]);
}

#[test]
fn registered_company_names_are_read_whole() {
    let orgs = |text: &str| entities(text, EntityKind::Org);
    // jieba glues two suffixes (集团股份) or splits one (股份 / 有限公司).
    assert_eq!(
        orgs("2012年3月起任青禾水产集团股份有限公司总经理。"),
        ["青禾水产集团股份有限公司"]
    );
    assert_eq!(orgs("浙江青禾制药股份有限公司董事长"), ["浙江青禾制药股份有限公司"]);
    // A registered name may hold its group or place in brackets, and numerals;
    // a verb 任 glued to it is not part of it.
    assert_eq!(orgs("任青禾(集团)股份有限公司副总经理。"), ["青禾(集团)股份有限公司"]);
    assert_eq!(orgs("曾在青禾礼品（深圳）有限公司工作。"), ["青禾礼品（深圳）有限公司"]);
    assert_eq!(orgs("湖南三一七化工有限责任公司总经理"), ["湖南三一七化工有限责任公司"]);
    // Works and bureaus are named after their place; a department of the role stops at them.
    assert_eq!(
        orgs("历任兴平化肥厂车间主任、青川县矿务局局长。"),
        ["兴平化肥厂", "青川县矿务局"]
    );
    // A government body is named after its place, even inside one word of jieba's.
    assert_eq!(orgs("青川县法院近日作出判决。"), ["青川县法院"]);
    assert_eq!(orgs("日本政府宣布了新政策。"), ["日本政府"]);
    // Alone it names the local one, as a company's name never does (政府 alone is the state at large).
    assert_eq!(orgs("他向派出所报案，教育局也介入了。"), ["派出所", "教育局"]);
    assert!(orgs("政府出台了新政策，新格局已经形成。").is_empty());
    // Alone before a role, after a verb, 公司 is the employer the text is about;
    // after a numeral it is a common noun.
    assert_eq!(orgs("2015年起任公司副总经理。"), ["公司"]);
    assert!(orgs("他投资了两家公司。").is_empty());
    // Nouns before a profession are its field where no move is reported.
    assert!(orgs("科普作家林晓峰出版了新书。").is_empty());
    // A place before a known organization is part of its name; the
    // canonical name stays the organization's.
    let x = extract("上海星河科技总裁林晓峰表示，印度国防部发言人也出席了。");
    let got: Vec<(&str, Option<&str>)> = x
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Org)
        .map(|e| (e.text.as_str(), e.canonical.as_deref()))
        .collect();
    assert_eq!(
        got,
        [("上海星河科技", Some("星河科技")), ("印度国防部", Some("国防部"))]
    );
    // A branch is named after its organization and place.
    assert_eq!(orgs("星河科技北京分公司今天开业。"), ["星河科技北京分公司"]);
    // An organization inside a title is part of the title.
    assert!(orgs("他在《星河科技传》中写道。").is_empty());
    // A unit of an organization the dictionary knows extends it.
    assert_eq!(orgs("现任星河科技股份有限公司党委书记"), ["星河科技股份有限公司"]);
}

#[test]
fn a_department_or_a_board_session_is_part_of_the_role() {
    let roles = |text: &str| entities(text, EntityKind::Role);
    assert_eq!(roles("陈启航曾任星河科技人力资源部总经理。"), ["人力资源部总经理"]);
    assert_eq!(roles("他先后担任车间主任、厂长助理。"), ["车间主任", "厂长助理"]);
    assert_eq!(
        roles("苏婉清任星河科技第三届董事会独立董事。"),
        ["第三届董事会独立董事"]
    );
    assert_eq!(roles("他曾任青川县财政局正局长。"), ["正局长"]);
    // A word listed as no bureau (政局 of 财政局 is not) leaves the bureau whole.
    assert_eq!(
        entities("他曾任青川县财政局正局长。", EntityKind::Org),
        ["青川县财政局"]
    );
    assert_eq!(entities("青松队本赛季开局不错。", EntityKind::Org), ["青松队"]);
    // A ministry is an organization, not a department of the role.
    let x = extract("外交部副部长出席了会议。");
    let got: Vec<(EntityKind, &str)> = x.entities.iter().map(|e| (e.kind, e.text.as_str())).collect();
    assert_eq!(got, [(EntityKind::Org, "外交部"), (EntityKind::Role, "副部长")]);
    // A role word across two words is none: 部门 + 将.
    assert!(roles("市里的房管部门将启动检查。").is_empty());
}

#[test]
fn an_event_without_a_person_makes_no_movement() {
    let x = extract("2015年加入北辰资本,任合伙人。");
    assert_eq!(x.events.len(), 1);
    let e = &x.events[0];
    assert_eq!(e.kind, EventType::Join);
    assert!(e.person.is_none());
    assert_eq!(e.org.as_ref().map(|o| o.text.as_str()), Some("北辰资本"));
    assert_eq!(e.time.as_ref().map(|t| t.text.as_str()), Some("2015年"));
    assert_eq!(e.trigger.text, "加入");
    assert!(x.movements.is_empty());
}

#[test]
fn a_latin_name_taken_up_by_a_pronoun_is_a_person() {
    let x = extract("Kestrel比较擅长指挥。但是他离开青松队后,我们只好重组。");
    assert_eq!(entities_of(&x, EntityKind::Person), ["Kestrel"]);
    assert_eq!(rows(&x), [("departure", "他", Some("青松队"), None, None)]);
    let person = x.events[0].person.as_ref().expect("the pronoun");
    assert_eq!(person.canonical.as_deref(), Some("Kestrel"));
    // A role vouches for every Latin name coordinated with the one after it.
    assert_eq!(
        entities_of(&extract("选手Orin和Kestrel最终晋级。"), EntityKind::Person),
        ["Orin", "Kestrel"]
    );
    // Not a thing taken up by 它, nor a name the sentence already has.
    let x = extract("Nova系列比较贵。但是它很好用。");
    assert!(entities_of(&x, EntityKind::Person).is_empty());
}

fn entities_of(x: &renshi::Extraction, kind: EntityKind) -> Vec<&str> {
    x.entities
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.text.as_str())
        .collect()
}

#[test]
fn an_original_name_in_brackets_is_the_same_person() {
    assert_eq!(
        entities("据星河科技CEO苏婉清（Su Wanqing）介绍，业务正常。", EntityKind::Person),
        ["苏婉清", "Su Wanqing"]
    );
    // The event's person is the name before the brackets.
    let x = extract("苏婉清（Su Wanqing）被聘为星河研究院院长。");
    assert_eq!(rows(&x), [("join", "苏婉清", Some("星河研究院"), Some("院长"), None)]);
}
