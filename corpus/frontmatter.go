package corpus

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// parseFrontMatter reads the flat "key: value" front matter at the top of
// a Markdown file: the lines between a first line "---" and the next line
// "---". Keys are lower-cased; values may be plain, "double quoted" (with
// backslash escapes) or 'single quoted' (a quote doubled). Blank
// lines and # comments are ignored, and so are indented lines and list
// items, except that the indented lines after "key: |" or "key: >" are
// the key's value. A later key overrides an earlier one.
//
// It returns the fields and the byte offset of the body: after the
// closing line and the blank line that follows it, if any. When data has
// no front matter it returns nil, 0 and no error. An unterminated front
// matter or a line that is not "key: value" is an error.
func parseFrontMatter(data string) (map[string]string, int, error) {
	first, rest, ok := cutFirstLine(data)
	if strings.TrimRight(first, " \t\r") != "---" {
		return nil, 0, nil
	}
	if !ok {
		return nil, 0, fmt.Errorf("unterminated front matter")
	}
	if !hasClosingLine(rest) {
		return nil, 0, fmt.Errorf("unterminated front matter")
	}
	fields := map[string]string{}
	pos := len(data) - len(rest)
	lineNo := 1
	var block string // key whose block scalar is being read
	var blockFold bool
	var blockLines []string
	endBlock := func() {
		if block == "" {
			return
		}
		sep := "\n"
		if blockFold {
			sep = " "
		}
		fields[block] = strings.Join(blockLines, sep)
		block, blockLines = "", nil
	}
	for {
		if pos >= len(data) {
			return nil, 0, fmt.Errorf("unterminated front matter")
		}
		line, next, _ := cutFirstLine(data[pos:])
		lineNo++
		pos = len(data) - len(next)
		line = strings.TrimSuffix(line, "\r")
		trimmed := strings.TrimSpace(line)
		if trimmed == "---" && line[0] == '-' {
			endBlock()
			break
		}
		if block != "" && (trimmed == "" || line[0] == ' ' || line[0] == '\t') {
			if trimmed != "" {
				blockLines = append(blockLines, trimmed)
			}
			continue
		}
		endBlock()
		if trimmed == "" || trimmed[0] == '#' || line[0] == ' ' || line[0] == '\t' || strings.HasPrefix(line, "- ") || line == "-" {
			continue
		}
		key, value, indicator, err := parseFrontMatterLine(line)
		if err != nil {
			return nil, 0, fmt.Errorf("front matter line %d: %w", lineNo, err)
		}
		if indicator != 0 {
			block, blockFold, blockLines = key, indicator == '>', nil
		}
		fields[key] = value
	}
	// Skip the blank line that separates the front matter from the body.
	if pos < len(data) {
		line, next, ok := cutFirstLine(data[pos:])
		if strings.TrimSpace(line) == "" && (ok || next == "") {
			pos = len(data) - len(next)
		}
	}
	return fields, pos, nil
}

// hasClosingLine reports whether s has a line "---" that closes a front
// matter.
func hasClosingLine(s string) bool {
	for s != "" {
		var line string
		line, s, _ = cutFirstLine(s)
		if strings.HasPrefix(line, "---") && strings.TrimSpace(line) == "---" {
			return true
		}
	}
	return false
}

// cutFirstLine splits s after its first newline. ok reports whether s has a
// newline; when it has none, line is s and rest is "".
func cutFirstLine(s string) (line, rest string, ok bool) {
	i := strings.IndexByte(s, '\n')
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+1:], true
}

// parseFrontMatterLine parses one "key: value" line. When the value is a
// block scalar indicator ("|" or ">", maybe followed by "-" or "+"),
// indicator is its first byte and value is empty.
func parseFrontMatterLine(line string) (key, value string, indicator byte, err error) {
	i := strings.IndexByte(line, ':')
	if i <= 0 {
		return "", "", 0, fmt.Errorf("want key: value")
	}
	key = line[:i]
	for _, r := range key {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.') {
			return "", "", 0, fmt.Errorf("bad key %q", key)
		}
	}
	raw := line[i+1:]
	if raw != "" && raw[0] != ' ' && raw[0] != '\t' {
		return "", "", 0, fmt.Errorf("want a space after %q", key+":")
	}
	raw = strings.TrimSpace(raw)
	switch raw {
	case "|", "|-", "|+", ">", ">-", ">+":
		return strings.ToLower(key), "", raw[0], nil
	}
	value, err = parseFrontMatterValue(raw)
	if err != nil {
		return "", "", 0, fmt.Errorf("%s: %w", key, err)
	}
	return strings.ToLower(key), value, 0, nil
}

// parseFrontMatterValue unquotes a value. A plain value is returned as
// it is; "null" and "~" are empty.
func parseFrontMatterValue(v string) (string, error) {
	if v == "" {
		return "", nil
	}
	switch v[0] {
	case '"':
		s, n, err := unquoteYAMLDouble(v)
		if err != nil {
			return "", err
		}
		if err := fmCheckAfterQuote(v[n:]); err != nil {
			return "", err
		}
		return s, nil
	case '\'':
		var b strings.Builder
		i := 1
		for {
			j := strings.IndexByte(v[i:], '\'')
			if j < 0 {
				return "", fmt.Errorf("unterminated single-quoted value")
			}
			b.WriteString(v[i : i+j])
			i += j + 1
			if i < len(v) && v[i] == '\'' {
				b.WriteByte('\'')
				i++
				continue
			}
			break
		}
		if err := fmCheckAfterQuote(v[i:]); err != nil {
			return "", err
		}
		return b.String(), nil
	}
	if v == "null" || v == "~" {
		return "", nil
	}
	return v, nil
}

// fmCheckAfterQuote accepts only spaces or a comment after a quoted value.
func fmCheckAfterQuote(rest string) error {
	rest = strings.TrimLeft(rest, " \t")
	if rest != "" && rest[0] != '#' {
		return fmt.Errorf("text after the closing quote: %q", rest)
	}
	return nil
}

// unquoteYAMLDouble decodes the double-quoted string at the start of v and
// returns it with the number of bytes it took, quotes included. It knows
// the escapes of JSON and YAML.
func unquoteYAMLDouble(v string) (string, int, error) {
	var b strings.Builder
	i := 1
	for i < len(v) {
		c := v[i]
		switch c {
		case '"':
			return b.String(), i + 1, nil
		case '\\':
			if i+1 >= len(v) {
				return "", 0, fmt.Errorf("unterminated double-quoted value")
			}
			e := v[i+1]
			i += 2
			switch e {
			case '"', '\\', '/':
				b.WriteByte(e)
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case '0':
				b.WriteByte(0)
			case ' ':
				b.WriteByte(' ')
			case '_':
				b.WriteString("\u00a0")
			case 'x', 'u', 'U':
				n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
				if i+n > len(v) {
					return "", 0, fmt.Errorf("short \\%c escape", e)
				}
				r, err := strconv.ParseUint(v[i:i+n], 16, 32)
				if err != nil {
					return "", 0, fmt.Errorf("bad \\%c escape %q", e, v[i:i+n])
				}
				i += n
				// A UTF-16 surrogate pair, as JSON writes characters
				// outside the Basic Multilingual Plane.
				if e == 'u' && r >= 0xD800 && r < 0xDC00 && i+6 <= len(v) && v[i] == '\\' && v[i+1] == 'u' {
					if lo, err := strconv.ParseUint(v[i+2:i+6], 16, 32); err == nil && lo >= 0xDC00 && lo < 0xE000 {
						r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
						i += 6
					}
				}
				if !utf8.ValidRune(rune(r)) {
					r = utf8.RuneError
				}
				b.WriteRune(rune(r))
			default:
				return "", 0, fmt.Errorf("unknown escape \\%c", e)
			}
		default:
			b.WriteByte(c)
			i++
		}
	}
	return "", 0, fmt.Errorf("unterminated double-quoted value")
}
