//! Regression tests for quotes and speakers: one row per pattern, each a short text written
//! for the test. Rows name what broke or what the rule is for.

/// (what, article text, [(quote text, speaker, mention, verb)])
type Row = (
    &'static str,
    &'static str,
    &'static [(
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
    )],
);

const ROWS: &[Row] = &[
    (
        "after the quote, name then verb",
        "Talks\n\nVladimir Putin met Kim Jong-un.\n\n“We will talk,” Putin said.\n",
        &[(
            "We will talk",
            Some("Vladimir Putin"),
            Some("Putin"),
            Some("said"),
        )],
    ),
    (
        "verb then name, with an appositive",
        "Talks\n\n“We will talk,” said John Smith, a spokesman for the ministry.\n",
        &[(
            "We will talk",
            Some("John Smith"),
            Some("John Smith"),
            Some("said"),
        )],
    ),
    (
        "source before the quote with a colon",
        "Talks\n\nThe minister said: “We will talk.”\n",
        &[(
            "We will talk.",
            Some("The minister"),
            Some("The minister"),
            Some("said"),
        )],
    ),
    (
        "two parts of one sentence share the speaker",
        "Talks\n\nJane Roe arrived.\n\n“First,” she said, “second.”\n",
        &[
            ("First", Some("Jane Roe"), Some("she"), Some("said")),
            ("second.", Some("Jane Roe"), Some("she"), Some("said")),
        ],
    ),
    (
        "a quotation over two paragraphs is one quote",
        "Talks\n\n“We came a long way,” Jane Roe said. “And we are not done.\n\n“Nobody will stop us now.”\n",
        &[
            (
                "We came a long way",
                Some("Jane Roe"),
                Some("Jane Roe"),
                Some("said"),
            ),
            (
                "And we are not done. Nobody will stop us now.",
                Some("Jane Roe"),
                Some("Jane Roe"),
                Some("said"),
            ),
        ],
    ),
    (
        "a quote-only paragraph continues the previous speaker",
        "Talks\n\n“It went well,” said Jane Roe.\n\n“We will meet again next month in the capital.”\n",
        &[
            (
                "It went well",
                Some("Jane Roe"),
                Some("Jane Roe"),
                Some("said"),
            ),
            (
                "We will meet again next month in the capital.",
                Some("Jane Roe"),
                Some("Jane Roe"),
                Some("said"),
            ),
        ],
    ),
    (
        "a paragraph that ends with a colon introduces the next",
        "Talks\n\nThe report by the committee concludes:\n\n“The plan cannot work as written and must be changed.”\n",
        &[(
            "The plan cannot work as written and must be changed.",
            Some("The report"),
            Some("The report"),
            Some("concludes"),
        )],
    ),
    (
        "partial quote inside paraphrase",
        "Talks\n\nJane Roe called the plan “a disaster” on Monday.\n",
        &[(
            "a disaster",
            Some("Jane Roe"),
            Some("Jane Roe"),
            Some("called"),
        )],
    ),
    (
        "scare quotes with no speech are not quotes",
        "Talks\n\nThe so-called “friendship” of the two men is new.\n",
        &[],
    ),
    (
        "a short title in quote marks is a name, not speech",
        "Talks\n\nShe watched “Morning Show Live” with friends.\n",
        &[],
    ),
    (
        "according to",
        "Talks\n\n“The deal is off,” according to a senior official.\n",
        &[(
            "The deal is off",
            Some("a senior official"),
            Some("a senior official"),
            Some("according to"),
        )],
    ),
    (
        "told reporters",
        "Talks\n\n“We will not back down,” the senator told reporters.\n",
        &[(
            "We will not back down",
            Some("the senator"),
            Some("the senator"),
            Some("told"),
        )],
    ),
    (
        "descriptive source stays as written",
        "Talks\n\n“It is a historic day,” the influential US daily said.\n",
        &[(
            "It is a historic day",
            Some("the influential US daily"),
            Some("the influential US daily"),
            Some("said"),
        )],
    ),
    (
        "pronoun after another speaker's quote takes the right gender",
        "Talks\n\nMary Smith and John Brown spoke on Monday.\n\n“We disagree,” Brown said.\n\n“I do not,” she added.\n",
        &[
            (
                "We disagree",
                Some("John Brown"),
                Some("Brown"),
                Some("said"),
            ),
            ("I do not", Some("Mary Smith"), Some("she"), Some("added")),
        ],
    ),
    (
        "the sentence's subject is the pronoun's referent",
        "Talks\n\nJohn Brown arrived.\n\nMary Smith says she is “very pleased with the outcome.”\n",
        &[(
            "very pleased with the outcome.",
            Some("Mary Smith"),
            Some("Mary Smith"),
            Some("says"),
        )],
    ),
    (
        "a participle takes the clause's subject",
        "Talks\n\nMary Smith rallied supporters, saying: “We will win this.”\n",
        &[(
            "We will win this.",
            Some("Mary Smith"),
            Some("Mary Smith"),
            Some("saying"),
        )],
    ),
    (
        "States and Post are names, not verbs",
        "Talks\n\n“The talks failed,” the United States said.\n",
        &[(
            "The talks failed",
            Some("the United States"),
            Some("the United States"),
            Some("said"),
        )],
    ),
    (
        "a relative who resolves to its antecedent",
        "Talks\n\nJane Roe, who said the plan was “a total failure,” left early.\n",
        &[(
            "a total failure",
            Some("Jane Roe"),
            Some("who"),
            Some("said"),
        )],
    ),
    (
        "a description before the name after the quote",
        "Talks\n\n“It was a mistake,” public defender Jane Roe wrote.\n",
        &[(
            "It was a mistake",
            Some("Jane Roe"),
            Some("public defender Jane Roe"),
            Some("wrote"),
        )],
    ),
    (
        "an opening mark misused as the closing one",
        "Talks\n\nJane Roe asked for an “expedited review“ of the pipes, she said.\n",
        &[(
            "expedited review",
            Some("Jane Roe"),
            Some("she"),
            Some("said"),
        )],
    ),
    (
        "straight quotes and nested single quotes",
        "Talks\n\n\"He called it 'a farce' and left,\" Jane Roe said.\n",
        &[(
            "He called it 'a farce' and left",
            Some("Jane Roe"),
            Some("Jane Roe"),
            Some("said"),
        )],
    ),
    (
        "guillemets; the sentence's subject speaks",
        "Talks\n\nJean Dupont a dit: «Nous allons gagner.»\n",
        &[(
            "Nous allons gagner.",
            Some("Jean Dupont"),
            Some("Jean Dupont"),
            None,
        )],
    ),
    (
        "a subject, its appositive, then a verb with an object",
        "Vote\n\n“Order is important,” Rep. Jane Roe, the chair, told the delegates.\n",
        &[(
            "Order is important",
            Some("Jane Roe"),
            Some("Rep. Jane Roe"),
            Some("told"),
        )],
    ),
    (
        "a participle phrase opens the sentence before its subject",
        "Rally\n\nCiting last week’s Paris attack as a warning, Jane Roe urged voters to pick “a serious candidate for serious times.”\n",
        &[(
            "a serious candidate for serious times.",
            Some("Jane Roe"),
            Some("Jane Roe"),
            Some("urged"),
        )],
    ),
    (
        "a name after a conjunction is a clause's subject",
        "Rally\n\nThe endorsement comes three days after Jane Roe told reporters she was “not quite there yet.”\n",
        &[(
            "not quite there yet.",
            Some("Jane Roe"),
            Some("Jane Roe"),
            Some("told"),
        )],
    ),
    (
        "no reporting verb: the name that opens the quote's sentence",
        "Vote\n\n“We will win,” Jane Roe said.\n\nJohn Doe waved the plan away as “a costly disaster for everyone.”\n",
        &[
            (
                "We will win",
                Some("Jane Roe"),
                Some("Jane Roe"),
                Some("said"),
            ),
            (
                "a costly disaster for everyone.",
                Some("John Doe"),
                Some("John Doe"),
                None,
            ),
        ],
    ),
    (
        "phrasal and naming verbs that end the attribution",
        "Talks\n\nJohn Doe spoke.\n\n“This is a lot of nonsense,” he went on.\n\n“Voters reject it,” he points out.\n",
        &[
            (
                "This is a lot of nonsense",
                Some("John Doe"),
                Some("he"),
                Some("went on"),
            ),
            (
                "Voters reject it",
                Some("John Doe"),
                Some("he"),
                Some("points"),
            ),
        ],
    ),
    (
        "a digest's source after a dash and before a colon",
        "Polls\n\nRED STATES OUTNUMBER BLUE STATES - Jane Roe: “Twenty states lean one way.”\n\nWhat it means - More from Roe: “It is only a start.”\n",
        &[
            (
                "Twenty states lean one way.",
                Some("Jane Roe"),
                Some("Jane Roe"),
                None,
            ),
            ("It is only a start.", Some("Jane Roe"), Some("Roe"), None),
        ],
    ),
    (
        "a description between capitalized words belongs to the subject",
        "Books\n\nSoviet dissident Milovan Djilas referred to the “New Class that rules us all.”\n",
        &[(
            "New Class that rules us all.",
            Some("Milovan Djilas"),
            Some("Soviet dissident Milovan Djilas"),
            None,
        )],
    ),
    (
        "a credit after a dash, inline or on the line under the quotation",
        "Claims\n\n“I will look into it. I do not know the status.”\n\n- Jane Roe.\n\n“We will win” — John Doe, in a speech.\n",
        &[
            (
                "I will look into it. I do not know the status.",
                Some("Jane Roe"),
                Some("Jane Roe"),
                None,
            ),
            ("We will win", Some("John Doe"), Some("John Doe"), None),
        ],
    ),
    (
        "'as X put it', before and after the quote",
        "Pop\n\nAs the magazine put it, “Hello, it is the singer.”\n\n“It is a fine line,” as Jane Roe put it.\n",
        &[
            (
                "Hello, it is the singer.",
                Some("the magazine"),
                Some("the magazine"),
                Some("put"),
            ),
            (
                "It is a fine line",
                Some("Jane Roe"),
                Some("Jane Roe"),
                Some("put"),
            ),
        ],
    ),
    (
        "a name with a preposition; a surname that is also a modal verb",
        "Debate\n\nAs Joel Roe of Example City observed, the winner was the stage itself:\n\n“The clear winner was the network.”\n\n“This might hasten the end,” Will wrote.\n",
        &[
            (
                "The clear winner was the network.",
                Some("Joel Roe"),
                Some("Joel Roe of Example City"),
                Some("observed"),
            ),
            (
                "This might hasten the end",
                Some("Will"),
                Some("Will"),
                Some("wrote"),
            ),
        ],
    ),
    (
        "two introductory phrases before the subject",
        "Vote\n\nOn Thursday, after staying neutral for months, Jane Roe endorsed the senator, saying, “She is the fighter we need.”\n",
        &[(
            "She is the fighter we need.",
            Some("Jane Roe"),
            Some("Jane Roe"),
            Some("saying"),
        )],
    ),
    (
        "a list of reactions, each credited after a horizontal bar (and a no-break space)",
        "Reactions\n\n“He does not know our lives.” ― Jane Roe\n\n“The most unqualified candidate ever.”\u{a0}― John Doe.\n",
        &[
            (
                "He does not know our lives.",
                Some("Jane Roe"),
                Some("Jane Roe"),
                None,
            ),
            (
                "The most unqualified candidate ever.",
                Some("John Doe"),
                Some("John Doe"),
                None,
            ),
        ],
    ),
    (
        "a sentence adverb, a participle phrase, an appositive name, 'of the'",
        "Checks\n\nConversely, PolitiFact rated “most of the claims as entirely true.”\n\nAsked about the plan, Jane Roe said, “We need the facts first.”\n\nAnother critic, Laurence H. Tribe, likened the rules to “burning the Constitution in public.”\n\n“It was the least bad outcome,” Mr. Doe of the Sierra Club said.\n",
        &[
            (
                "most of the claims as entirely true.",
                Some("PolitiFact"),
                Some("PolitiFact"),
                None,
            ),
            (
                "We need the facts first.",
                Some("Jane Roe"),
                Some("Jane Roe"),
                Some("said"),
            ),
            (
                "burning the Constitution in public.",
                Some("Laurence H. Tribe"),
                Some("Laurence H. Tribe"),
                Some("likened"),
            ),
            (
                "It was the least bad outcome",
                Some("Doe"),
                Some("Mr. Doe of the Sierra Club"),
                Some("said"),
            ),
        ],
    ),
    (
        "a programme named after its network or its kind, a work after its kind, a nickname and a button are not speech",
        "TV\n\nJane Roe told NBC’s “Meet the Press” that she would run.\n\nState Del. Marcia “Cia” Price shouted to the crowd.\n\nJohn Doe, host of the TV show “Shark Tank,” said he would vote.\n\nSign up: enter your address and click “sign up.”\n\nShe wrote in her memoir, “Tough Choices,” that she kept the upper hand.\n",
        &[],
    ),
    (
        "a closing mark typed where the opening one belongs",
        "Town hall\n\nJohn Doe spoke.\n\nHe says,” there are people who never get heard.”\n",
        &[(
            "there are people who never get heard.",
            Some("John Doe"),
            Some("He"),
            Some("says"),
        )],
    ),
    (
        "a capitalized function word is not a speaker",
        "Rescue\n\nJohn Doe said that he was “worried about an ambush.” But, he said, “there was never any question.”\n",
        &[
            (
                "worried about an ambush.",
                Some("John Doe"),
                Some("he"),
                Some("said"),
            ),
            (
                "there was never any question.",
                Some("John Doe"),
                Some("he"),
                Some("said"),
            ),
        ],
    ),
    (
        "the name right before a participle says the quote",
        "Deal\n\nBoth men issued a statement, with Jane Roe saying she was “very encouraged by the talks.”\n\nJohn Doe answered on Facebook writing, “Yes, I will do it again.”\n",
        &[
            (
                "very encouraged by the talks.",
                Some("Jane Roe"),
                Some("Jane Roe"),
                Some("saying"),
            ),
            (
                "Yes, I will do it again.",
                Some("John Doe"),
                Some("John Doe"),
                Some("answered"),
            ),
        ],
    ),
    (
        "a time between the subject and the verb; an attribution after a long tail",
        "Hearing\n\nJohn Doe, the majority leader, who in 2010 said the goal was a “one-term president,” agreed.\n\n“This just is not right,” Jane Roe said. “You squeezed employees to the breaking point” to drive up the stock price and your pay, she said.\n",
        &[
            (
                "one-term president",
                Some("John Doe"),
                Some("who"),
                Some("said"),
            ),
            (
                "This just is not right",
                Some("Jane Roe"),
                Some("Jane Roe"),
                Some("said"),
            ),
            (
                "You squeezed employees to the breaking point",
                Some("Jane Roe"),
                Some("she"),
                Some("said"),
            ),
        ],
    ),
    (
        "'who said' after an inverted attribution; a passive is no attribution; 'Then he'",
        "Rally\n\n“He is a danger,” said Jane Roe, who said there were “too many disturbing things to dismiss.”\n\n“We need leadership,” she writes. “So, who?” Her suggestions are redacted.\n\nJohn Doe spoke.\n\nThen he cut into Bush, calling him “a stiff who acts like a child.”\n",
        &[
            (
                "He is a danger",
                Some("Jane Roe"),
                Some("Jane Roe"),
                Some("said"),
            ),
            (
                "too many disturbing things to dismiss.",
                Some("Jane Roe"),
                Some("who"),
                Some("said"),
            ),
            (
                "We need leadership",
                Some("Jane Roe"),
                Some("she"),
                Some("writes"),
            ),
            ("So, who?", Some("Jane Roe"), Some("she"), Some("writes")),
            (
                "a stiff who acts like a child.",
                Some("John Doe"),
                Some("he"),
                Some("calling"),
            ),
        ],
    ),
    (
        "a surname resolves to the full name with its initial",
        "Polls\n\nJeffrey M. Jones leads the team.\n\n“It is a start,” Jones said.\n",
        &[(
            "It is a start",
            Some("Jeffrey M. Jones"),
            Some("Jones"),
            Some("said"),
        )],
    ),
    (
        "a described source with a name inside; 'the following statement:'; a name and its outlet kind",
        "Reactions\n\nA spokesman for Senator Jane Roe called the report “outrageous and wrong.”\n\nIn response, nominee John Doe issued the following statement:\n\n“Our prayers are with all those affected.”\n\n“The train has left the station,” wrote Time magazine.\n",
        &[
            (
                "outrageous and wrong.",
                Some("A spokesman for Senator Jane Roe"),
                Some("A spokesman for Senator Jane Roe"),
                Some("called"),
            ),
            (
                "Our prayers are with all those affected.",
                Some("John Doe"),
                Some("nominee John Doe"),
                None,
            ),
            (
                "The train has left the station",
                Some("Time magazine"),
                Some("Time magazine"),
                Some("wrote"),
            ),
        ],
    ),
    (
        "a noun after an adjective is not the verb",
        "Radio\n\nJohn Doe, speaking on the radio, called the candidate a “blowhard who lies,” and said his anti-immigrant remarks were “propaganda for our enemies abroad.”\n",
        &[
            (
                "blowhard who lies",
                Some("John Doe"),
                Some("John Doe"),
                Some("called"),
            ),
            (
                "propaganda for our enemies abroad.",
                Some("John Doe"),
                Some("John Doe"),
                Some("said"),
            ),
        ],
    ),
    (
        "a new sentence's own subject before the previous quote's speaker; a time before a comma",
        "Primary\n\nJohn Doe credited the victory to “a closed primary that shut voters out.” He commanded the party to “open its doors to everyone.”\n\nJane Roe wrote to him. Minutes later, she sent an email saying, “done and done.”\n",
        &[
            (
                "a closed primary that shut voters out.",
                Some("John Doe"),
                Some("John Doe"),
                None,
            ),
            (
                "open its doors to everyone.",
                Some("John Doe"),
                Some("He"),
                None,
            ),
            (
                "done and done.",
                Some("Jane Roe"),
                Some("she"),
                Some("saying"),
            ),
        ],
    ),
    (
        "a pronoun never resolves to someone of the other gender",
        "Vote\n\n“We will win,” Jane Roe said.\n\n“It is not over,” he said.\n",
        &[
            (
                "We will win",
                Some("Jane Roe"),
                Some("Jane Roe"),
                Some("said"),
            ),
            ("It is not over", Some("he"), Some("he"), Some("said")),
        ],
    ),
    (
        "an inverted attribution after a long tail",
        "Polls\n\nPolls show her up by 10 points.\n\n“Many would consider that an embarrassment” if she did not win by a larger margin than that, said John Doe, an elections analyst.\n",
        &[(
            "Many would consider that an embarrassment",
            Some("John Doe"),
            Some("John Doe"),
            Some("said"),
        )],
    ),
    (
        "an adverb or a preposition that opens a sentence is no speaker",
        "Talks\n\nJane Roe spoke first.\n\n“We will win,” she said. Perhaps, she said, “the other side will listen.”\n",
        &[
            ("We will win", Some("Jane Roe"), Some("she"), Some("said")),
            (
                "the other side will listen.",
                Some("Jane Roe"),
                Some("she"),
                Some("said"),
            ),
        ],
    ),
    (
        "a term set off 'as' the subject sees it, a word named, a likening, a call's owner",
        "Debate\n\nJane Roe has been pounding her rival as a “con artist” all week.\n\nJohn Doe refused to use the words “radical terrorism” on the stage.\n\nAt a rally, John Doe likened the refugees to a “vicious snake” in a song.\n\nWhile Roe’s clarion call for a “revolution” draws crowds, others wait.\n",
        &[
            ("con artist", Some("Jane Roe"), Some("Jane Roe"), None),
            (
                "radical terrorism",
                Some("John Doe"),
                Some("John Doe"),
                None,
            ),
            (
                "vicious snake",
                Some("John Doe"),
                Some("John Doe"),
                Some("likened"),
            ),
            ("revolution", Some("Jane Roe"), Some("Roe"), None),
        ],
    ),
    (
        "a quote listed after another shares its speaker; a share of those polled speaks",
        "Test\n\nJohn Doe condemned the test as “provocative and destabilizing” and a “grave threat” to the region.\n\nHowever, 63 percent said the senator was “justified” in keeping it private.\n",
        &[
            (
                "provocative and destabilizing",
                Some("John Doe"),
                Some("John Doe"),
                None,
            ),
            ("grave threat", Some("John Doe"), Some("John Doe"), None),
            (
                "justified",
                Some("63 percent"),
                Some("63 percent"),
                Some("said"),
            ),
        ],
    ),
];

#[test]
fn quote_and_speaker_patterns() {
    let mut failures = Vec::new();
    for (what, input, want) in ROWS {
        let article = newsparse::parse(input);
        let got: Vec<_> = article
            .quotes
            .iter()
            .map(|q| {
                (
                    q.text.as_str(),
                    q.speaker.as_deref(),
                    q.mention.as_deref(),
                    q.verb.as_deref(),
                )
            })
            .collect();
        if got != want.to_vec() {
            failures.push(format!("{what}:\n    want {want:?}\n    got  {got:?}"));
        }
        for q in &article.quotes {
            assert!(
                input.is_char_boundary(q.start) && input.is_char_boundary(q.end) && q.start < q.end,
                "{what}: offsets"
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
