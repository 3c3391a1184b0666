package corpus

import "testing"

func TestParagraphsMarkBoilerplate(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Subscribe now for full access to our content.", true},
		{"Follow Pam Key on Twitter @pamkeyNEN", true},
		{"\"Follow Ian Hanchett on Twitter @IanHanchett.\"", true},
		{"You can follow John O’Neil on Facebook.", true},
		{"Read more: the talks in Vienna", true},
		{"“Sign up for our newsletter”", true},
		{"Iran will follow the talks closely, the minister said on Twitter.", false},
		{"“We follow the law,” he said.", false},
		{"The new subscribers joined the national grid.", false},
	}
	for _, tt := range tests {
		ps := Paragraphs("The first paragraph.\n\n" + tt.line)
		if len(ps) != 2 {
			t.Fatalf("Paragraphs(%q) = %d paragraphs, want 2", tt.line, len(ps))
		}
		if got := ps[1].Boilerplate; got != tt.want {
			t.Errorf("Paragraphs: %q boilerplate = %v, want %v", tt.line, got, tt.want)
		}
	}
}
