//! Events from sentences written for these tests (invented people and
//! organizations), one table row per rule of the guidelines.

mod common;

use common::{NO_PERSON, Row, extract, rows};
use renshi::Status;

fn check(table: &[(&str, &[Row<'_>])]) {
    for (text, expected) in table {
        let x = extract(text);
        assert_eq!(rows(&x), *expected, "text: {text}");
    }
}

#[test]
fn departure_cues() {
    check(&[
        // Idioms of leaving, and of being thrown out (in the passive).
        (
            "海川影业总经理韩述引咎辞职。",
            &[("departure", "韩述", Some("海川影业"), Some("总经理"), None)],
        ),
        (
            "星河科技副总裁林晓峰退居二线。",
            &[("departure", "林晓峰", Some("星河科技"), Some("副总裁"), None)],
        ),
        ("韩述另谋高就。", &[("departure", "韩述", None, None, None)]),
        // Shares hyped (被炒得) are no one fired (被炒).
        ("基金经理韩述认为，一些概念股被炒得风生水起。", &[]),
        ("卡洛维奇被炒。", &[("departure", "卡洛维奇", None, None, None)]),
        // Words for the post already named, or for all posts, are the post given up.
        (
            "林晓峰出任青松队主帅，韩述不再担任该职务。",
            &[
                ("join", "林晓峰", Some("青松队"), Some("主帅"), None),
                ("departure", "韩述", None, Some("主帅"), None),
            ],
        ),
        ("韩述辞去一切职务。", &[("departure", "韩述", None, None, None)]),
        // A clause ending in 的 may describe the organization left; a
        // particle may close the sentence after an organization no dictionary lists.
        (
            "苏婉清宣布离开她一手创办的星河科技。",
            &[("departure", "苏婉清", Some("星河科技"), None, None)],
        ),
        (
            "苏婉清：我已经离开岚山文旅了。",
            &[("departure", "苏婉清", Some("岚山文旅"), None, None)],
        ),
        // A time may stand between the person and the tenure a later departure ends.
        (
            "林晓峰自2015年起担任星河科技CEO，去年卸任。",
            &[("departure", "林晓峰", Some("星河科技"), Some("CEO"), Some("去年"))],
        ),
        (
            "苏婉清离巢岚山文旅。",
            &[("departure", "苏婉清", Some("岚山文旅"), None, None)],
        ),
        (
            "卡洛维奇被雪豹队扫地出门。",
            &[("departure", "卡洛维奇", Some("雪豹队"), None, None)],
        ),
        // Unloading a post (卸下…一职) leaves it; unloading a burden moves no one.
        (
            "韩述卸下星河科技CEO一职。",
            &[("departure", "韩述", Some("星河科技"), Some("CEO"), None)],
        ),
        ("韩述卸下了包袱。", &[]),
        // A departure with no object leaves the tenure the sentence states (执教, 担任).
        (
            "韩述执教青松队仅三个月便遭解雇。",
            &[("departure", "韩述", Some("青松队"), None, None)],
        ),
        (
            "韩述担任青松队主帅仅三个月便下课。",
            &[("departure", "韩述", Some("青松队"), Some("主帅"), None)],
        ),
        (
            "星河科技首席科学家林晓峰离职。",
            &[("departure", "林晓峰", Some("星河科技"), Some("首席科学家"), None)],
        ),
        (
            "林晓峰近日已从星河科技辞职。",
            &[("departure", "林晓峰", Some("星河科技"), None, Some("近日"))],
        ),
        // 于 and 下月 make no name (于/p 下/f); 下月 is a time.
        (
            "林晓峰将于下月正式离开星河科技。",
            &[("departure", "林晓峰", Some("星河科技"), None, Some("下月"))],
        ),
        // A span before now, and a season, are times.
        (
            "10年前，林晓峰离开星河科技。",
            &[("departure", "林晓峰", Some("星河科技"), None, Some("10年前"))],
        ),
        (
            "本赛季顾长风离开了青松队。",
            &[("departure", "顾长风", Some("青松队"), None, Some("本赛季"))],
        ),
        // A time opening the sentence is the time of a move in a later clause.
        (
            "前不久因为业务调整，苏婉清离开了星河科技。",
            &[("departure", "苏婉清", Some("星河科技"), None, Some("前不久"))],
        ),
        // A move closed by 后 takes no object after it.
        (
            "林晓峰从星河科技离职后创办了云帆智能。",
            &[("departure", "林晓峰", Some("星河科技"), None, None)],
        ),
        ("顾长风被老板炒鱿鱼。", &[("departure", "顾长风", None, None, None)]),
        // Resigning to the employer (向), or handing it a resignation letter.
        (
            "林晓峰透露，自己已经向星河科技提出辞职。",
            &[("departure", "林晓峰", Some("星河科技"), None, None)],
        ),
        (
            "苏婉清向云帆智能递交了辞职信。",
            &[("departure", "苏婉清", Some("云帆智能"), None, None)],
        ),
        // Parting ways with an organization leaves it, whichever is the subject.
        (
            "林晓峰与星河科技分道扬镳。",
            &[("departure", "林晓峰", Some("星河科技"), None, None)],
        ),
        (
            "青松队与主教练顾长风分道扬镳。",
            &[("departure", "顾长风", Some("青松队"), Some("主教练"), None)],
        ),
        // A departure with no organization leaves what the person joined
        // earlier in the sentence.
        (
            "林晓峰出任星河科技CEO不到一年便黯然离职。",
            &[
                ("join", "林晓峰", Some("星河科技"), Some("CEO"), None),
                ("departure", "林晓峰", Some("星河科技"), None, None),
            ],
        ),
        ("苏婉清被裁，很难过。", &[("departure", "苏婉清", None, None, None)]),
        (
            "2023年5月,星河科技CEO苏婉清辞去CEO职务。",
            &[("departure", "苏婉清", Some("星河科技"), Some("CEO"), Some("2023年5月"))],
        ),
        // 公司 alone names the employer, if no organization.
        (
            "因个人原因,林晓峰不再担任公司任何职务。",
            &[("departure", "林晓峰", None, None, None)],
        ),
        (
            "星河科技副总裁韩述因个人原因申请辞去副总裁职务。",
            &[("departure", "韩述", Some("星河科技"), Some("副总裁"), None)],
        ),
        (
            "云帆智能宣布韩述不再担任其首席技术官。",
            &[("departure", "韩述", Some("云帆智能"), Some("首席技术官"), None)],
        ),
        (
            "北辰资本合伙人韩述日前宣布退休。",
            &[("departure", "韩述", Some("北辰资本"), Some("合伙人"), Some("日前"))],
        ),
        (
            "青松队主教练顾长风下课。",
            &[("departure", "顾长风", Some("青松队"), Some("主教练"), None)],
        ),
        (
            "星河科技总裁陈启航被免职。",
            &[("departure", "陈启航", Some("星河科技"), Some("总裁"), None)],
        ),
        (
            "林晓峰离开了星河科技。",
            &[("departure", "林晓峰", Some("星河科技"), None, None)],
        ),
        // A stated tenure tells the post left.
        (
            "林晓峰曾任星河科技副总裁,去年离职。",
            &[("departure", "林晓峰", Some("星河科技"), Some("副总裁"), Some("去年"))],
        ),
        (
            "苏婉清曾任职于北辰资本,后跳槽至云帆智能。",
            &[
                ("departure", "苏婉清", Some("北辰资本"), None, None),
                ("join", "苏婉清", Some("云帆智能"), None, None),
            ],
        ),
        // A scope before the organization counts a Latin word as one
        // character; a typographic apostrophe belongs to the Latin name.
        (
            "队长林晓峰离开瑞典DotA劲旅青松队之后。",
            &[("departure", "林晓峰", Some("青松队"), Some("队长"), None)],
        ),
        (
            "林晓峰离开了Zo’Ra战队。",
            &[("departure", "林晓峰", Some("Zo’Ra战队"), None, None)],
        ),
    ]);
}

#[test]
fn join_cues() {
    check(&[
        (
            "林晓峰加入云帆智能。",
            &[("join", "林晓峰", Some("云帆智能"), None, None)],
        ),
        // A successor becomes the holder of the post named after whom they replace.
        (
            "韩述接替林晓峰成为星河科技新任CEO。",
            &[("join", "韩述", Some("星河科技"), Some("CEO"), None)],
        ),
        // Becoming one of an organization's members joins it; one of a family does not.
        (
            "萨维斯特正式成为雪豹队的一员。",
            &[("join", "萨维斯特", Some("雪豹队"), None, None)],
        ),
        (
            "林晓峰成为星河科技新成员。",
            &[("join", "林晓峰", Some("星河科技"), None, None)],
        ),
        ("小狗阿黄成为家庭的一员。", &[]),
        // Being elected to a post.
        (
            "卡洛维奇当选青松队主席。",
            &[("join", "卡洛维奇", Some("青松队"), Some("主席"), None)],
        ),
        (
            "林晓峰被推选为星河科技董事长。",
            &[("join", "林晓峰", Some("星河科技"), Some("董事长"), None)],
        ),
        // Being given a post (获任, 获委任为, the Hong Kong usage).
        (
            "韩述获任星河科技执行董事。",
            &[("join", "韩述", Some("星河科技"), Some("执行董事"), None)],
        ),
        (
            "林晓峰获委任为北辰资本行政总裁。",
            &[("join", "林晓峰", Some("北辰资本"), Some("行政总裁"), None)],
        ),
        // 其 before the post taken is the organization named before.
        (
            "林晓峰接受了北辰资本的邀请，出任其首席经济学家。",
            &[("join", "林晓峰", Some("北辰资本"), Some("首席经济学家"), None)],
        ),
        // Seeking refuge with an employer, and being parachuted into one.
        (
            "林晓峰投奔北辰资本。",
            &[("join", "林晓峰", Some("北辰资本"), None, None)],
        ),
        (
            "林晓峰空降云帆智能。",
            &[("join", "林晓峰", Some("云帆智能"), None, None)],
        ),
        // The post held right after joining is the one joined in.
        (
            "林晓峰于2019年加入云帆智能，担任副总裁。",
            &[("join", "林晓峰", Some("云帆智能"), Some("副总裁"), Some("2019年"))],
        ),
        // …with its organization where the join names none (走马上任 rides
        // to one's post), but not a post at another organization.
        (
            "林晓峰走马上任，成为青松队主帅。",
            &[("join", "林晓峰", Some("青松队"), Some("主帅"), None)],
        ),
        (
            "林晓峰加入云帆智能，担任北辰资本董事。",
            &[("join", "林晓峰", Some("云帆智能"), None, None)],
        ),
        (
            "去年9月,苏婉清加盟北辰资本,出任合伙人。",
            &[
                ("join", "苏婉清", Some("北辰资本"), None, Some("去年9月")),
                ("join", "苏婉清", None, Some("合伙人"), Some("去年9月")),
            ],
        ),
        (
            "陈启航出任云帆智能首席执行官。",
            &[("join", "陈启航", Some("云帆智能"), Some("首席执行官"), None)],
        ),
        (
            "韩述被任命为星河科技副总裁。",
            &[("join", "韩述", Some("星河科技"), Some("副总裁"), None)],
        ),
        (
            "林晓峰在2019年入职星河科技。",
            &[("join", "林晓峰", Some("星河科技"), None, Some("2019年"))],
        ),
        (
            "林晓峰回归星河科技。",
            &[("join", "林晓峰", Some("星河科技"), None, None)],
        ),
        // Going to an organization to hold a post starts a tenure.
        (
            "他到星河研究院当院长。",
            &[("join", "他", Some("星河研究院"), Some("院长"), None)],
        ),
        (
            "王伟赴云帆智能担任总裁。",
            &[("join", "王伟", Some("云帆智能"), Some("总裁"), None)],
        ),
        (
            "Kestrel正式前往云帆智能担任解说。",
            &[("join", "Kestrel", Some("云帆智能"), Some("解说"), None)],
        ),
        // Coming (来) is no part of the organization; whom one engages to
        // come and hold a post is no organization but the appointee.
        (
            "林晓峰到星河科技来担任总裁。",
            &[("join", "林晓峰", Some("星河科技"), Some("总裁"), None)],
        ),
        (
            "星河科技聘请到韩述来担任顾问。",
            &[("join", "韩述", Some("星河科技"), Some("顾问"), None)],
        ),
    ]);
}

#[test]
fn an_appointment_in_the_active_voice() {
    check(&[
        // The subject appoints the person after the cue to the post after 为.
        (
            "星河科技今天任命林晓峰为总裁。",
            &[("join", "林晓峰", Some("星河科技"), Some("总裁"), Some("今天"))],
        ),
        // The person may come with an apposition; the post may name its organization.
        (
            "北辰资本聘请云帆智能副总裁苏婉清为星河研究院院长。",
            &[("join", "苏婉清", Some("星河研究院"), Some("院长"), None)],
        ),
        // 担任 may stand for 为, and a former employer's apposition may come with 前.
        (
            "星河科技聘请前北辰资本高管苏婉清担任首席科学家。",
            &[("join", "苏婉清", Some("星河科技"), Some("首席科学家"), None)],
        ),
        // Announcing someone as the new holder of a post appoints them; an
        // honour is no post.
        (
            "星河科技宣布林晓峰为新任CEO。",
            &[("join", "林晓峰", Some("星河科技"), Some("CEO"), None)],
        ),
        (
            "青松队宣布卡洛维奇为新帅。",
            &[("join", "卡洛维奇", Some("青松队"), Some("新帅"), None)],
        ),
        ("星河科技宣布林晓峰为年度优秀员工。", &[]),
        // Without 为 and a post there is no appointment.
        ("星河科技任命了新的管理层。", &[]),
    ]);
}

#[test]
fn moves_the_employer_makes() {
    check(&[
        // The employer dismisses or signs the person after the cue.
        (
            "青松队昨日宣布解雇主教练顾长风。",
            &[("departure", "顾长风", Some("青松队"), Some("主教练"), Some("昨日"))],
        ),
        (
            "星河科技免去林晓峰总经理职务。",
            &[("departure", "林晓峰", Some("星河科技"), Some("总经理"), None)],
        ),
        // A clause ending in 的 may stand between the verb and whom it moves.
        (
            "星河科技解雇了负责自动驾驶的高管韩述。",
            &[("departure", "韩述", Some("星河科技"), Some("高管"), None)],
        ),
        // Revoking a post needs the post named: a licence revoked moves no one.
        (
            "韩述被撤销星河科技党委书记职务。",
            &[("departure", "韩述", Some("星河科技"), Some("党委书记"), None)],
        ),
        ("韩述的驾照被撤销。", &[]),
        // Right after the employer's verb, a transliteration is whom it signs or dismisses.
        (
            "雪豹队签下萨维斯特，又解雇了卡洛维奇。",
            &[
                ("join", "萨维斯特", Some("雪豹队"), None, None),
                ("departure", "卡洛维奇", Some("雪豹队"), None, None),
            ],
        ),
        // Signing with someone: the organization before 与, the person after it.
        (
            "雪豹队与卡洛维奇正式签约，合同为期两年。",
            &[("join", "卡洛维奇", Some("雪豹队"), None, None)],
        ),
        (
            "青松队签下了前锋卡洛维奇和韩述。",
            &[
                ("join", "卡洛维奇", Some("青松队"), Some("前锋"), None),
                ("join", "韩述", Some("青松队"), None, None),
            ],
        ),
        // The organization the person comes from (从) is not the one signing.
        (
            "青松队从北辰资本签下了前锋韩述。",
            &[("join", "韩述", Some("青松队"), Some("前锋"), None)],
        ),
        // In the passive, the employer follows 被 or 遭, when it is named.
        (
            "苏婉清被北辰资本开除。",
            &[("departure", "苏婉清", Some("北辰资本"), None, None)],
        ),
        (
            "云帆智能CTO韩述遭解聘。",
            &[("departure", "韩述", Some("云帆智能"), Some("CTO"), None)],
        ),
        // 了 and a short scope may stand before the person's role.
        (
            "青松队今天正式签约了自由球员韩述。",
            &[("join", "韩述", Some("青松队"), Some("球员"), Some("今天"))],
        ),
        // The organizations opening the sentence announce it; 因 after a
        // name is no part of it.
        (
            "青松队今天宣布,外援韩述因违反队规被球队开除。",
            &[("departure", "韩述", Some("青松队"), Some("外援"), None)],
        ),
        // The agent may be a common noun or a person.
        (
            "前锋韩述被俱乐部开除。",
            &[("departure", "韩述", None, Some("前锋"), None)],
        ),
        (
            "星河科技CTO韩述被林晓峰解雇。",
            &[("departure", "韩述", Some("星河科技"), Some("CTO"), None)],
        ),
        // The passive vouches for the name before it, over the agent.
        (
            "顾长风已被青松队正式解雇。",
            &[("departure", "顾长风", Some("青松队"), None, None)],
        ),
        // Signing with an organization, after 与 or before it.
        (
            "林晓峰与青松队正式签约。",
            &[("join", "林晓峰", Some("青松队"), None, None)],
        ),
        (
            "卡洛维奇签约青松队。",
            &[("join", "卡洛维奇", Some("青松队"), None, None)],
        ),
        // Ending a labour contract dismisses, with the employee after 与 or
        // in the passive.
        (
            "星河科技与林晓峰解除劳动合同。",
            &[("departure", "林晓峰", Some("星河科技"), None, None)],
        ),
        (
            "林晓峰被星河科技解除劳动关系。",
            &[("departure", "林晓峰", Some("星河科技"), None, None)],
        ),
        // A reason may follow the agent of a passive (以…为由), and 遭到 is a passive too.
        (
            "林晓峰被星河科技以违纪为由开除。",
            &[("departure", "林晓峰", Some("星河科技"), None, None)],
        ),
        (
            "萨维斯特遭到雪豹队解雇。",
            &[("departure", "萨维斯特", Some("雪豹队"), None, None)],
        ),
        // Being struck off a team's list, or talked into leaving.
        (
            "萨维斯特被雪豹队除名。",
            &[("departure", "萨维斯特", Some("雪豹队"), None, None)],
        ),
        ("林晓峰被劝退。", &[("departure", "林晓峰", None, None, None)]),
        // A transliterated name opening the sentence may sign with the partner after 与.
        (
            "萨维斯特与雪豹队签下一份为期三年的合同。",
            &[("join", "萨维斯特", Some("雪豹队"), None, None)],
        ),
        // A member word may stand before whom the employer moves.
        (
            "星河科技开除了员工韩述。",
            &[("departure", "韩述", Some("星河科技"), None, None)],
        ),
        // With no name, the post moved, perhaps counted, stands for the person,
        // where it closes the clause.
        (
            "青松队辞退了两名助理教练。",
            &[("departure", "助理教练", Some("青松队"), None, None)],
        ),
        ("青松队解雇主教练的决定引发争议。", &[]),
        // After a name, the post may be the person named: no second event.
        ("韩述透露，青松队已经解雇了主帅。", &[]),
        // The post given up after a passive cue, over the one held.
        (
            "岚山文旅创始人苏婉清被罢免董事长职务。",
            &[("departure", "苏婉清", Some("岚山文旅"), Some("董事长"), None)],
        ),
        // Organizations signing with each other move no one, nor does a
        // dismissal of staff (a layoff).
        ("林晓峰表示,星河科技与云帆智能签约。", &[]),
        ("星河科技开除了一批员工。", &[]),
    ]);
}

#[test]
fn the_organization_announcing_a_move_is_its_employer() {
    check(&[
        // A government body alone names the local one.
        (
            "教育局局长林晓峰下月退休。",
            &[("departure", "林晓峰", Some("教育局"), Some("局长"), Some("下月"))],
        ),
        (
            "苏婉清出任青川县公安局副局长。",
            &[("join", "苏婉清", Some("青川县公安局"), Some("副局长"), None)],
        ),
        // Announcing the new holder of a post, named after it, appoints them;
        // 官宣 stays one word (雪豹队 + 官宣, not 队官 + 宣).
        (
            "雪豹队官宣新帅卡洛维奇。",
            &[("join", "卡洛维奇", Some("雪豹队"), Some("新帅"), None)],
        ),
        (
            "星河科技宣布新任CEO林晓峰。",
            &[("join", "林晓峰", Some("星河科技"), Some("CEO"), None)],
        ),
        // Welcoming the new holder of a post appoints them.
        (
            "岚山文旅迎来了新任总经理林晓峰。",
            &[("join", "林晓峰", Some("岚山文旅"), Some("总经理"), None)],
        ),
        ("雪豹队迎来了开门红。", &[]),
        // An organization that reads like a transliteration opens no name (阿里巴巴 + 宣布).
        (
            "阿里巴巴宣布，CTO韩述将卸任。",
            &[("departure", "韩述", Some("阿里巴巴"), Some("CTO"), None)],
        ),
        // A place before the head of its government names the government.
        (
            "林晓峰后升任杭州市市长。",
            &[("join", "林晓峰", Some("杭州市"), Some("市长"), None)],
        ),
        (
            "浙江省副省长苏婉清离职。",
            &[("departure", "苏婉清", Some("浙江省"), Some("副省长"), None)],
        ),
        (
            "青松队官宣:顾长风下课。",
            &[("departure", "顾长风", Some("青松队"), None, None)],
        ),
        (
            "青松队官方:顾长风下课。",
            &[("departure", "顾长风", Some("青松队"), None, None)],
        ),
        // A dateline may open the sentence before the announcing organization;
        // 接任 takes over the post left at that organization.
        (
            "8月12日，星河科技宣布，副总裁林晓峰离职，由苏婉清接任其职务。",
            &[
                ("departure", "林晓峰", Some("星河科技"), Some("副总裁"), Some("8月12日")),
                ("join", "苏婉清", Some("星河科技"), Some("副总裁"), Some("8月12日")),
            ],
        ),
        // A headline's colon after the organization quotes its announcement;
        // an employer word may stand before the role given up.
        (
            "星河科技：林晓峰不再担任董事长",
            &[("departure", "林晓峰", Some("星河科技"), Some("董事长"), None)],
        ),
        // …also after a short word (人事变动).
        (
            "星河科技人事变动：林晓峰不再担任法定代表人",
            &[("departure", "林晓峰", Some("星河科技"), Some("法定代表人"), None)],
        ),
        (
            "青松队宣布，顾长风辞去球队主教练一职。",
            &[("departure", "顾长风", Some("青松队"), Some("主教练"), None)],
        ),
        (
            "星河科技今天宣布,林晓峰出任总裁。",
            &[("join", "林晓峰", Some("星河科技"), Some("总裁"), None)],
        ),
        (
            "云帆智能宣布,任命苏婉清为首席科学家。",
            &[("join", "苏婉清", Some("云帆智能"), Some("首席科学家"), None)],
        ),
        // A move naming its own organization keeps it.
        (
            "星河科技宣布,前员工林晓峰加入云帆智能。",
            &[("join", "林晓峰", Some("云帆智能"), None, None)],
        ),
        // Giving up one of two posts; being relieved of one.
        (
            "星河科技CEO林晓峰不再兼任云帆智能董事。",
            &[("departure", "林晓峰", Some("云帆智能"), Some("董事"), None)],
        ),
        (
            "青松队主教练顾长风被解职。",
            &[("departure", "顾长风", Some("青松队"), Some("主教练"), None)],
        ),
    ]);
}

#[test]
fn taking_charge_of_a_team() {
    check(&[
        // 挂帅 takes command of a team; 重回 returns to one (重回巅峰, to a peak, moves no one).
        ("韩述挂帅青松队。", &[("join", "韩述", Some("青松队"), None, None)]),
        ("韩述重回青松队。", &[("join", "韩述", Some("青松队"), None, None)]),
        ("韩述重回巅峰。", &[]),
        // 接过教鞭 (takes up the pointer) and 临危受命 (takes charge in a crisis)
        // take over the post just left.
        (
            "星河科技CEO韩述卸任，林晓峰接棒。",
            &[
                ("departure", "韩述", Some("星河科技"), Some("CEO"), None),
                ("join", "林晓峰", Some("星河科技"), Some("CEO"), None),
            ],
        ),
        (
            "青松队主帅韩述下课，林晓峰临危受命。",
            &[
                ("departure", "韩述", Some("青松队"), Some("主帅"), None),
                ("join", "林晓峰", Some("青松队"), Some("主帅"), None),
            ],
        ),
        (
            "韩述辞任青松队主教练后，林晓峰接过教鞭。",
            &[
                ("departure", "韩述", Some("青松队"), Some("主教练"), None),
                ("join", "林晓峰", Some("青松队"), Some("主教练"), None),
            ],
        ),
        (
            "顾长风将执教青松队。",
            &[("join", "顾长风", Some("青松队"), None, None)],
        ),
        (
            "顾长风正式入主青松队。",
            &[("join", "顾长风", Some("青松队"), None, None)],
        ),
        // Coaching stated, not started, is no move.
        ("顾长风执教青松队已有三年。", &[]),
    ]);
}

#[test]
fn transfer_is_a_departure_and_a_join() {
    check(&[
        (
            "星河科技技术负责人林晓峰转投云帆智能。",
            &[
                ("departure", "林晓峰", Some("星河科技"), Some("技术负责人"), None),
                ("join", "林晓峰", Some("云帆智能"), None, None),
            ],
        ),
        // Saying farewell to a club leaves it.
        (
            "林晓峰告别青松队，转投北辰资本。",
            &[
                ("departure", "林晓峰", Some("青松队"), None, None),
                ("join", "林晓峰", Some("北辰资本"), None, None),
            ],
        ),
        // What follows a number is an amount, not a name; 以 is no part of the name.
        (
            "林晓峰以500万欧元转会青松队。",
            &[
                ("departure", "林晓峰", None, None, None),
                ("join", "林晓峰", Some("青松队"), None, None),
            ],
        ),
    ]);
}

#[test]
fn coordinated_people_each_get_an_event() {
    check(&[
        // An adverb between a description and the verb is no name (相继).
        (
            "林晓峰、苏婉清等多名高管相继离职。",
            &[
                ("departure", "林晓峰", None, None, None),
                ("departure", "苏婉清", None, None, None),
            ],
        ),
        // No organization's short name swallows the start of a cue (李明 + 升任).
        (
            "李明升任星河科技副总裁。",
            &[("join", "李明", Some("星河科技"), Some("副总裁"), None)],
        ),
        (
            "星河科技技术负责人林晓峰、云帆智能产品总监苏婉清等人先后离开了原公司。",
            &[
                ("departure", "林晓峰", Some("星河科技"), Some("技术负责人"), None),
                ("departure", "苏婉清", Some("云帆智能"), Some("产品总监"), None),
            ],
        ),
    ]);
}

#[test]
fn dropped_subject_and_fronted_time() {
    check(&[
        // A time zone and the hours belong to the date; weekdays are times,
        // but 周 and a numeral before more characters are a name (周天宇).
        (
            "当地时间3月15日凌晨，林晓峰离开星河科技。",
            &[(
                "departure",
                "林晓峰",
                Some("星河科技"),
                None,
                Some("当地时间3月15日凌晨"),
            )],
        ),
        (
            "林晓峰在上周五宣布离开星河科技。",
            &[("departure", "林晓峰", Some("星河科技"), None, Some("上周五"))],
        ),
        (
            "记者周天宇报道，林晓峰离开了星河科技。",
            &[("departure", "林晓峰", Some("星河科技"), None, None)],
        ),
        (
            "星河科技林晓峰被曝离职后,今年3月加入云帆智能。",
            &[
                ("departure", "林晓峰", Some("星河科技"), None, None),
                ("join", "林晓峰", Some("云帆智能"), None, Some("今年3月")),
            ],
        ),
        // A relative clause's subject is the name after 的; a fronted clause
        // of time takes the subject that opens the next clause.
        (
            "从星河科技离职的林晓峰加入了云帆智能。",
            &[
                ("departure", "林晓峰", Some("星河科技"), None, None),
                ("join", "林晓峰", Some("云帆智能"), None, None),
            ],
        ),
        (
            "离开北辰资本后,苏婉清创办了一家公司。",
            &[("departure", "苏婉清", Some("北辰资本"), None, None)],
        ),
        // A subject dropped at the start of a sentence is the person named
        // before it.
        (
            "苏婉清生于杭州。2015年加入北辰资本,2020年离开北辰资本。",
            &[
                ("join", "苏婉清", Some("北辰资本"), None, Some("2015年")),
                ("departure", "苏婉清", Some("北辰资本"), None, Some("2020年")),
            ],
        ),
        (
            "苏婉清生于杭州。随后被聘为星河研究院院长。",
            &[("join", "苏婉清", Some("星河研究院"), Some("院长"), None)],
        ),
        // With no one named before, a dated move to or from a named
        // organization is an event without a person.
        (
            "2015年加入北辰资本,任合伙人。",
            &[("join", NO_PERSON, Some("北辰资本"), None, Some("2015年"))],
        ),
        // The capacity one joins in is not the person: 以…身份加盟.
        (
            "北辰资本宣布,苏婉清将以独立董事身份加盟。",
            &[("join", "苏婉清", Some("北辰资本"), None, None)],
        ),
        // So is one told in sequence (不久, 随后).
        (
            "不久,加入北辰资本,任合伙人。",
            &[("join", NO_PERSON, Some("北辰资本"), None, None)],
        ),
        // Not when the clause has a subject of its own, nor in a relative
        // clause, nor for an undated, general statement.
        ("苏婉清生于杭州。该团队随后加入北辰资本。", &[]),
        ("首次加入青松队的新秀都要参加集训。", &[]),
        ("加入北辰资本必须通过三轮面试。", &[]),
    ]);
}

#[test]
fn not_events() {
    let table = [
        "星河科技CEO林晓峰表示,公司今年将扩大招聘。",
        "林晓峰现任星河科技首席科学家。",
        "林晓峰曾任云帆智能总裁。",
        "用户可以把商品加入购物车。",
        "这家奶茶品牌的加盟店已超过一千家。",
        "星河科技宣布加入开源联盟。",
        "林晓峰离开房间后去了会议室。",
        "这些技术骨干离职的背后,是行业的调整。",
        "不少公司开始回归理性。",
        "新版应用加入了语音助手功能。",
        "林晓峰主演的电影《疯狂回归》上映。",
        "林晓峰到北京参加会议。",
        "林晓峰到公司当天就开始工作。",
        "苏婉清将加盟《星河往事》剧组的拍摄。",
        "苏婉清出任该片导演。",
        "老林退休在家，每天种花。",
        "他们在教室里一直等到凌晨才离开。",
        // A coalition is no employer, though an organization names it.
        "林晓峰代表星河科技加入北辰资本联盟。",
        // A part in a production, whatever follows it.
        "苏婉清出任女主角星河日报讯，新片昨日开机。",
        // A work taken over, a product's feature, a retired teacher.
        "她接手《星河往事》后，一度无从下手。",
        "新款手机加入了Kestrel功能。",
        "一位退休教师告诉记者，学校变化很大。",
        // A description opening its clause is its subject: no one named before moves.
        "林晓峰在门口等了两个小时，记者只好选择了暂时离开。",
    ];
    for text in table {
        let x = extract(text);
        assert!(x.events.is_empty(), "{text}: {:?}", rows(&x));
    }
}

#[test]
fn status_words() {
    let table = [
        ("据悉,林晓峰已从星河科技离职。", Status::Reported),
        ("星河科技宣布林晓峰离职。", Status::Confirmed),
        ("林晓峰将加入云帆智能。", Status::Planned),
        ("星河科技否认林晓峰离职。", Status::Denied),
        ("林晓峰：不会离开星河科技。", Status::Denied),
        ("林晓峰并未离开星河科技。", Status::Denied),
        // Failing to move, never having moved; a negation wins over 正式 after it.
        ("林晓峰未能加盟星河科技。", Status::Denied),
        ("林晓峰从未离开星河科技。", Status::Denied),
        ("林晓峰尚未正式加盟星河科技。", Status::Denied),
        ("林晓峰离职。", Status::Stated),
        // A headline's 曝 jieba glued to the name (曝韩述/nr) still reports.
        ("曝韩述离任青松队主帅", Status::Reported),
    ];
    for (text, status) in table {
        let x = extract(text);
        assert_eq!(x.events.len(), 1, "{text}");
        assert_eq!(x.events[0].status, status, "{text}");
    }
    check(&[(
        "曝韩述离任青松队主帅",
        &[("departure", "韩述", Some("青松队"), Some("主帅"), None)],
    )]);
}

#[test]
fn honorary_title_is_no_new_post() {
    check(&[(
        "星河科技宣布林晓峰不再担任星河研究院院长,改任星河科技荣誉顾问。",
        &[("departure", "林晓峰", Some("星河研究院"), Some("院长"), None)],
    )]);
}

#[test]
fn descriptions_and_successors() {
    check(&[
        ("青松队新教练上任。", &[("join", "教练", Some("青松队"), None, None)]),
        (
            "星河科技创始人辞去CEO职务。",
            &[("departure", "创始人", Some("星河科技"), Some("CEO"), None)],
        ),
        // Whom a successor replaces takes no post.
        (
            "林晓峰接替苏婉清出任星河科技总裁。",
            &[
                ("join", "林晓峰", None, None, None),
                ("join", "林晓峰", Some("星河科技"), Some("总裁"), None),
            ],
        ),
        (
            "青松队主教练顾长风卸任,由林晓峰接任。",
            &[
                ("departure", "顾长风", Some("青松队"), Some("主教练"), None),
                ("join", "林晓峰", Some("青松队"), Some("主教练"), None),
            ],
        ),
        (
            "青松队主教练顾长风突然跳槽。",
            &[("departure", "顾长风", Some("青松队"), Some("主教练"), None)],
        ),
        // A join without an object is into what someone else just left;
        // only 接任 and its kin take over the post too.
        (
            "青松队解雇主帅顾长风，林晓峰上任。",
            &[
                ("departure", "顾长风", Some("青松队"), Some("主帅"), None),
                ("join", "林晓峰", Some("青松队"), None, None),
            ],
        ),
        // A move with a postposition of time jieba keeps in one word (下课后).
        (
            "顾长风下课后，苏婉清接手青松队。",
            &[
                ("departure", "顾长风", None, None, None),
                ("join", "苏婉清", Some("青松队"), None, None),
            ],
        ),
        ("林晓峰仍将担任星河科技总裁。", &[]),
        // A bare 公司 names no organization for an event.
        (
            "林晓峰辞去公司CEO职务。",
            &[("departure", "林晓峰", None, Some("CEO"), None)],
        ),
        // An adverb of continuing before any join cue: the post is still held.
        ("星河科技证实林晓峰仍然将担任总裁。", &[]),
        ("林晓峰仍将出任星河科技总裁。", &[]),
        ("林晓峰继续出任星河科技总裁。", &[]),
        // A member word stands for unnamed people, as a role does.
        (
            "青松队有三名队员离队。",
            &[("departure", "队员", Some("青松队"), None, None)],
        ),
        // A role modifier that is also a member word: alone it names members,
        // before a head it is part of the role.
        (
            "本赛季青松队有多名主力离队。",
            &[("departure", "主力", Some("青松队"), None, Some("本赛季"))],
        ),
        ("这名射手回归青松队。", &[("join", "射手", Some("青松队"), None, None)]),
        (
            "青松队主力前锋卡洛维奇离队。",
            &[("departure", "卡洛维奇", Some("青松队"), Some("主力前锋"), None)],
        ),
        // Used without an object in a clause about work, a cue still moves.
        (
            "青松队主教练卡洛维奇选择离开也在情理之中。",
            &[("departure", "卡洛维奇", Some("青松队"), Some("主教练"), None)],
        ),
        (
            "星河科技在新员工加入以后发展迅速。",
            &[("join", "员工", Some("星河科技"), None, None)],
        ),
        // The speaker's own organization is enough as what one joins.
        (
            "我们很高兴Kestrel加入我们战队。",
            &[("join", "Kestrel", None, None, None)],
        ),
        // The organization a sentence opens with is its topic: a role without
        // its organization, and a move without an object, are the topic's.
        (
            "青松队本赛季开局不错，不过主教练卡洛维奇突然下课。",
            &[("departure", "卡洛维奇", Some("青松队"), Some("主教练"), None)],
        ),
        (
            "星河科技在林晓峰的加入后实力大增。",
            &[("join", "林晓峰", Some("星河科技"), None, None)],
        ),
        // An employer word is enough as what 离开 leaves.
        (
            "林晓峰离开球队后去了欧洲。",
            &[("departure", "林晓峰", None, None, None)],
        ),
        (
            "2022年8月,郑雪晴卸任星河科技董事长,由王立新接任。",
            &[
                (
                    "departure",
                    "郑雪晴",
                    Some("星河科技"),
                    Some("董事长"),
                    Some("2022年8月"),
                ),
                ("join", "王立新", Some("星河科技"), Some("董事长"), Some("2022年8月")),
            ],
        ),
        (
            "北辰资本否认合伙人孙可欣已离职。",
            &[("departure", "孙可欣", Some("北辰资本"), Some("合伙人"), None)],
        ),
    ]);
}

#[test]
fn names_no_dictionary_lists() {
    check(&[
        // An organization no dictionary lists, as the object of a move: nouns
        // that open with a proper name (蓝鲸/nr 智能/n), or a common noun before
        // an organization's suffix (雪豹 + 队), closing the clause or before the post.
        (
            "林晓峰加盟蓝鲸智能。",
            &[("join", "林晓峰", Some("蓝鲸智能"), None, None)],
        ),
        (
            "卡洛维奇加盟雪豹队，双方签约三年。",
            &[("join", "卡洛维奇", Some("雪豹队"), None, None)],
        ),
        (
            "林晓峰加盟了岚山文旅，担任副总裁。",
            &[("join", "林晓峰", Some("岚山文旅"), Some("副总裁"), None)],
        ),
        // Also after a verb that needs no object (入职) or takes a post or a signing.
        (
            "林晓峰已正式入职岚山文旅。",
            &[("join", "林晓峰", Some("岚山文旅"), None, None)],
        ),
        (
            "林晓峰签约海川影业。",
            &[("join", "林晓峰", Some("海川影业"), None, None)],
        ),
        (
            "林晓峰从岚山文旅离职。",
            &[("departure", "林晓峰", Some("岚山文旅"), None, None)],
        ),
        // The employer of a passive, after 被, but not a name (被韩述开除).
        (
            "林晓峰被蓝鲸智能开除。",
            &[("departure", "林晓峰", Some("蓝鲸智能"), None, None)],
        ),
        ("林晓峰被韩述开除。", &[("departure", "林晓峰", None, None, None)]),
        // …the nouns a move sentence opens with, of two words or more, before
        // its verb (its topic), but not one word, as often a person's name…
        (
            "蓝鲸智能再现高层变动，COO林晓峰辞职。",
            &[("departure", "林晓峰", Some("蓝鲸智能"), Some("COO"), None)],
        ),
        ("米哈上任后，球队连胜三场。", &[("join", "米哈", None, None, None)]),
        // A transliterated name opening the sentence is its person, not its topic.
        (
            "萨维斯特宣布离开雪豹队。",
            &[("departure", "萨维斯特", Some("雪豹队"), None, None)],
        ),
        // …nor is the name with the manner of a transfer after it.
        (
            "萨维斯特免费加盟雪豹队。",
            &[("join", "萨维斯特", Some("雪豹队"), None, None)],
        ),
        (
            "卡洛维奇租借加盟青松队。",
            &[("join", "卡洛维奇", Some("青松队"), None, None)],
        ),
        // A postposition of time closes the clause after the organization,
        // also where jieba glues it to the name (鼎华后/nz).
        (
            "林晓峰加盟蓝鲸智能后，业绩大涨。",
            &[("join", "林晓峰", Some("蓝鲸智能"), None, None)],
        ),
        (
            "林晓峰跳槽至鼎华后，担任基金经理。",
            &[
                ("departure", "林晓峰", None, None, None),
                ("join", "林晓峰", Some("鼎华"), Some("基金经理"), None),
            ],
        ),
        // A verb between the cue and an organization: not what is left.
        ("林晓峰离开家乡去了青松队。", &[]),
        // Nouns before a title name a work: no employer.
        ("韩述加盟武侠大片《刀锋》。", &[]),
        // A description opening the clause, perhaps after its organization, is
        // the person, with only adverbs before the cue.
        (
            "林晓峰表示，公司高管近期将离开星河科技。",
            &[("departure", "高管", Some("星河科技"), None, Some("近期"))],
        ),
        // A conjunction opening the sentence is no part of the name after it;
        // a proper noun before a time names a period, not an organization.
        (
            "但卡洛维奇则有可能告别雪豹队。",
            &[("departure", "卡洛维奇", Some("雪豹队"), None, None)],
        ),
        ("韩述因伤告别新秀赛季。", &[]),
        // An adverb jieba glues into the noun after a name (因伤/n) is neither
        // part of a topic organization nor a name.
        (
            "韩述因伤告别雪豹队。",
            &[("departure", "韩述", Some("雪豹队"), None, None)],
        ),
        // Parting from (与) an organization no dictionary lists leaves it.
        (
            "韩述与海川影业分道扬镳。",
            &[("departure", "韩述", Some("海川影业"), None, None)],
        ),
        // A team's camp is the team.
        (
            "卡洛维奇加盟青松队阵营。",
            &[("join", "卡洛维奇", Some("青松队"), None, None)],
        ),
        // A common noun may scope the organization joined (竞争对手, 老东家).
        (
            "韩述离职后将加入竞争对手蓝鲸智能。",
            &[
                ("departure", "韩述", None, None, None),
                ("join", "韩述", Some("蓝鲸智能"), None, None),
            ],
        ),
        (
            "卡洛维奇回归老东家雪豹队。",
            &[("join", "卡洛维奇", Some("雪豹队"), None, None)],
        ),
        // …and such nouns before the post, where a move is reported.
        (
            "据悉，蓝鲸智能联合创始人韩述已离职。",
            &[("departure", "韩述", Some("蓝鲸智能"), Some("联合创始人"), None)],
        ),
        // A proper name ends before 的 (the news of joining 蓝鲸智能).
        (
            "林晓峰加盟蓝鲸智能的消息传出后，股价大涨。",
            &[("join", "林晓峰", Some("蓝鲸智能"), None, None)],
        ),
        ("林晓峰离开了上海的家。", &[]),
        // Being under its command (麾下) is no part of the name.
        (
            "韩述加盟蓝鲸智能麾下。",
            &[("join", "韩述", Some("蓝鲸智能"), None, None)],
        ),
        // A place, a kind of company and a common noun are none.
        ("林晓峰离开了北京。", &[]),
        ("林晓峰加盟游戏公司。", &[]),
        ("林晓峰加入了购物车。", &[]),
        // Transliterated, framed by a role and a move verb.
        (
            "青松队主教练卡洛维奇卸任。",
            &[("departure", "卡洛维奇", Some("青松队"), Some("主教练"), None)],
        ),
        // Latin-script person and organization, by their place around 转投.
        (
            "设计师Kestrel转投NovaLab。",
            &[
                ("departure", "Kestrel", None, Some("设计师"), None),
                ("join", "Kestrel", Some("NovaLab"), None, None),
            ],
        ),
        // A Latin given name and family name are one name.
        (
            "星河科技首席科学家Orin Kestrel离职。",
            &[("departure", "Orin Kestrel", Some("星河科技"), Some("首席科学家"), None)],
        ),
        (
            "据报道，Orin Kestrel已经离职。",
            &[("departure", "Orin Kestrel", None, None, None)],
        ),
        // A word jieba knows that reads as a Chinese name (高远/d, 江山/ns) is
        // the person opening a clause right before a move or its passive;
        // not an adjective, the manner of the move (成功/a 入主…).
        (
            "高远被免去星河科技总经理职务。",
            &[("departure", "高远", Some("星河科技"), Some("总经理"), None)],
        ),
        (
            "江山接任星河科技CEO。",
            &[("join", "江山", Some("星河科技"), Some("CEO"), None)],
        ),
        (
            "成功入主星河科技后，他很忙。",
            &[("join", "他", Some("星河科技"), None, None)],
        ),
        // A word of state jieba tags z (黯然) stands before a verb as an adverb does.
        ("卡洛维奇黯然下课。", &[("departure", "卡洛维奇", None, None, None)]),
        // A day of the month alone, and today with its zone and hours, are times.
        (
            "28日晚，卡洛维奇离开青松队。",
            &[("departure", "卡洛维奇", Some("青松队"), None, Some("28日晚"))],
        ),
        (
            "北京时间今天凌晨，卡洛维奇离开青松队。",
            &[("departure", "卡洛维奇", Some("青松队"), None, Some("北京时间今天凌晨"))],
        ),
        // Adverbs and a date between the name and the verb.
        (
            "卡洛斯1995年离开青松队。",
            &[("departure", "卡洛斯", Some("青松队"), None, Some("1995年"))],
        ),
        // A Chinese name jieba tags a place (韩连/ns), before a time and a verb.
        (
            "韩连明年将加盟青松队。",
            &[("join", "韩连", Some("青松队"), None, Some("明年"))],
        ),
        // A name gives back a time jieba glued to it (曹建明/nr 年/m).
        (
            "曹建明年离开星河科技。",
            &[("departure", "曹建", Some("星河科技"), None, Some("明年"))],
        ),
        // A middle dot joins the parts of a foreign name.
        (
            "克里斯·保罗加盟青松队。",
            &[("join", "克里斯·保罗", Some("青松队"), None, None)],
        ),
        // So does a hyphen, where jieba tags the first part a name (安东尼/nr).
        (
            "青松队签下了安东尼-维斯特。",
            &[("join", "安东尼-维斯特", Some("青松队"), None, None)],
        ),
        // A sentence about a move that opens with a transliterated name is about that person.
        (
            "萨瓦里奇则因为得不到机会而闹着要转会。",
            &[("departure", "萨瓦里奇", None, None, None)],
        ),
        // The move verb vouches for every Latin name coordinated before it.
        (
            "Orin、Tarsk和Kestrel加盟青松队。",
            &[
                ("join", "Orin", Some("青松队"), None, None),
                ("join", "Tarsk", Some("青松队"), None, None),
                ("join", "Kestrel", Some("青松队"), None, None),
            ],
        ),
        // jieba tags a transliteration's pieces as any word (里/f + 萨斯/nr).
        (
            "青松队解雇主帅里萨斯。",
            &[("departure", "里萨斯", Some("青松队"), Some("主帅"), None)],
        ),
        // A name does not run into a move verb jieba cut apart (林 + 华辞 + 任).
        (
            "星河科技联合创始人林华辞任CEO。",
            &[("departure", "林华", Some("星河科技"), Some("CEO"), None)],
        ),
        // Organizations coordinated after a join cue are each joined.
        (
            "林晓峰先后加盟过星河科技、北辰资本和云帆智能。",
            &[
                ("join", "林晓峰", Some("星河科技"), None, None),
                ("join", "林晓峰", Some("北辰资本"), None, None),
                ("join", "林晓峰", Some("云帆智能"), None, None),
            ],
        ),
        // A verb taking the move verb (决定, 选择) leaves the name its subject.
        (
            "Kestrel决定离开星河科技。",
            &[("departure", "Kestrel", Some("星河科技"), None, None)],
        ),
        // A sentence about a move that opens with a Latin-script name is about that person.
        (
            "Kestrel，2004年加盟青松队，出场105次。",
            &[("join", "Kestrel", Some("青松队"), None, Some("2004年"))],
        ),
        (
            "Kestrel今年40岁，2002年加入星河科技。",
            &[("join", "Kestrel", Some("星河科技"), None, Some("2002年"))],
        ),
        // Not an acronym, nor a company before the description that moves.
        ("NASA宣布CFO离职。", &[("departure", "CFO", Some("NASA"), None, None)]),
        // Sports news calls a coach by name and 帅: a title, not part of the name.
        (
            "卡洛维奇帅下课已成定局。",
            &[("departure", "卡洛维奇", None, None, None)],
        ),
        // A name marked as a pseudonym is one.
        (
            "公司破产前，kestrel（化名）决定跳槽。",
            &[("departure", "kestrel", None, None, None)],
        ),
        // A demonstrative and a word for a person stand for one.
        (
            "此君刚刚入职星河科技。",
            &[("join", "此君", Some("星河科技"), None, Some("刚刚"))],
        ),
        // A proper noun jieba knows, right before a move verb, is who moves.
        (
            "德理达离队后，球队陷入困境。",
            &[("departure", "德理达", None, None, None)],
        ),
    ]);
}
