package quote

import "github.com/depeche-nlp/depeche/internal/textnorm"

func foldKey(s string) string { return textnorm.Key(s) }
