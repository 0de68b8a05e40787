"""Language: text -> a typed Request (normalize, lex, parse with the Lark grammar, docker's option
and value syntaxes)."""
