package boilerplate

import (
	"fmt"
	"time"
)

// Class is the role of a [Block] on a news page.
type Class uint8

// The classes of block. Only [Title] and [Content] belong to the article;
// every other class is boilerplate.
const (
	Other        Class = iota // boilerplate that fits no other class
	Title                     // the headline of the article
	Content                   // a paragraph of the article: lead, body, subheading, quote
	Dateline                  // a publication or update time: Publié le 29/08/2023 18:33
	Byline                    // the authors: Par Anne Dupont, (Christopher Bing, rédigé par …)
	Caption                   // a photo or video caption
	Credit                    // a photo credit: © Reuters, Photo AFP, Crédits photo : …
	Promo                     // an app, newsletter or event promotion
	Navigation                // menus, breadcrumbs, section lists, pagination, site links
	Related                   // links to other articles: Lire aussi, Sur le même sujet, teasers
	Subscription              // paywall and subscription prompts
	Cookie                    // cookie and consent notices
	Share                     // share and print buttons
	Comments                  // comment headers, forms and threads
	Disclaimer                // legal disclaimers and terms
	Copyright                 // copyright lines
	Advertising               // advertisements and sponsored links
)

var classNames = [...]string{
	Other: "other", Title: "title", Content: "content", Dateline: "dateline",
	Byline: "byline", Caption: "caption", Credit: "credit", Promo: "promo",
	Navigation: "navigation", Related: "related", Subscription: "subscription",
	Cookie: "cookie", Share: "share", Comments: "comments", Disclaimer: "disclaimer",
	Copyright: "copyright", Advertising: "advertising",
}

// String returns the lower-case name of c, as used in JSON.
func (c Class) String() string {
	if int(c) < len(classNames) {
		return classNames[c]
	}
	return "other"
}

// MarshalText encodes c as its name.
func (c Class) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText decodes a class name written by [Class.MarshalText].
func (c *Class) UnmarshalText(b []byte) error {
	for i, n := range classNames {
		if n == string(b) {
			*c = Class(i)
			return nil
		}
	}
	return fmt.Errorf("boilerplate: unknown class %q", b)
}

// IsBoilerplate reports whether blocks of class c are not part of the
// article: every class but [Title] and [Content].
func (c Class) IsBoilerplate() bool { return c != Title && c != Content }

// Block is one non-blank line of the input with its class. Text is always
// input[Start:End], the line without its surrounding white space.
type Block struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Class Class  `json:"class"`
	// Boilerplate is false only for the title and the content.
	Boilerplate bool `json:"boilerplate"`
	// Reason says in a few words why the block got its class.
	Reason string `json:"reason"`
}

// Meta is what a page says about its article, read from the blocks that
// [Detector.Analyze] classifies. Zero fields were not found.
type Meta struct {
	// Title is the text of the [Title] block.
	Title string `json:"title,omitempty"`
	// Published is the publication time. A time without an explicit zone is
	// read in Europe/Paris; a date without a time is midnight.
	Published time.Time `json:"published,omitzero"`
	// Updated is the last update time ("Mis à jour le …"), if any.
	Updated time.Time `json:"updated,omitzero"`
	// Authors are the names read from the byline, in order.
	Authors []string `json:"authors,omitempty"`
	// Agency is the news agency credited for the text: Reuters, AFP, AP,
	// Belga, ATS, …
	Agency string `json:"agency,omitempty"`
}

// Result is the output of [Detector.Analyze]: every block with its class,
// and the page metadata.
type Result struct {
	Blocks []Block `json:"blocks"`
	Meta   Meta    `json:"meta"`
}
