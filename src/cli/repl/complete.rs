//! Tab completion: which names fit the word before the cursor — variables
//! after `$`, shell commands after a leading `:`, classes after `new`,
//! otherwise functions, classes and constants.

use super::command;
use super::session::Names;

/// The start of the word ending at `pos`, and the candidates for it.
pub fn complete(names: &Names, line: &str, pos: usize) -> (usize, Vec<String>) {
    let pos = pos.min(line.len());
    let before_cursor = &line[..pos];
    let mut start = before_cursor
        .char_indices()
        .rev()
        .take_while(|&(_, c)| {
            c.is_alphanumeric() || c == '_' || c == '\\' || c == '$' || !c.is_ascii()
        })
        .last()
        .map_or(pos, |(i, _)| i);
    let leading_colon = start > 0 && line[..start].trim_start() == ":";
    if leading_colon {
        start -= 1;
    }
    let word = &line[start..pos];
    let before = &line[..start];
    (start, candidates(names, before, word))
}

fn candidates(names: &Names, before: &str, word: &str) -> Vec<String> {
    let pick = |lists: &[&[String]], case_insensitive: bool| -> Vec<String> {
        let prefix = word.to_ascii_lowercase();
        let mut out: Vec<String> = lists
            .iter()
            .flat_map(|l| l.iter())
            .filter(|n| {
                if case_insensitive {
                    n.to_ascii_lowercase().starts_with(&prefix)
                } else {
                    n.starts_with(word)
                }
            })
            .cloned()
            .collect();
        out.sort_unstable_by_key(|n| n.to_ascii_lowercase());
        out.dedup();
        out
    };
    if word.starts_with(':') {
        return command::NAMES
            .iter()
            .filter(|n| n.starts_with(word))
            .map(|n| n.to_string())
            .collect();
    }
    if word.starts_with('$') {
        return pick(&[&names.variables], false);
    }
    if word.is_empty() || before.ends_with("->") || before.ends_with("::") {
        return Vec::new();
    }
    let previous_word = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric() && c != ':')
        .next()
        .unwrap_or("");
    match previous_word.to_ascii_lowercase().as_str() {
        "new" | "instanceof" | "extends" | "implements" => pick(&[&names.classes], true),
        ":show" => pick(&[&names.functions, &names.classes], true),
        _ => pick(&[&names.functions, &names.classes, &names.constants], true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Names {
        let list = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
        Names {
            variables: list(&["$alpha", "$beta", "$GLOBALS"]),
            functions: list(&["strlen", "str_repeat", "array_map", "myFunc"]),
            classes: list(&["stdClass", "Exception", "MyClass"]),
            constants: list(&["PHP_EOL", "STDERR"]),
        }
    }

    fn words(line: &str) -> (usize, Vec<String>) {
        complete(&names(), line, line.len())
    }

    #[test]
    fn variables() {
        assert_eq!(words("echo $al"), (5, vec!["$alpha".to_string()]));
        assert_eq!(
            words("$"),
            (
                0,
                vec![
                    "$alpha".to_string(),
                    "$beta".to_string(),
                    "$GLOBALS".to_string()
                ]
            )
        );
    }

    #[test]
    fn functions_classes_constants() {
        assert_eq!(words("str").1, vec!["str_repeat", "strlen"]);
        assert_eq!(words("std").1, vec!["stdClass", "STDERR"]);
        assert_eq!(words("$x = my").1, vec!["MyClass", "myFunc"]);
        assert_eq!(words("new std").1, vec!["stdClass"]);
        assert_eq!(words("new s"), (4, vec!["stdClass".to_string()]));
        assert!(words("$o->st").1.is_empty());
        assert!(words("echo ").1.is_empty());
    }

    #[test]
    fn commands() {
        assert_eq!(
            words(":h"),
            (0, vec![":help".to_string(), ":history".to_string()])
        );
        assert_eq!(words(":show My").1, vec!["MyClass", "myFunc"]);
        assert_eq!(words(":refs $b").1, vec!["$beta"]);
    }
}
