// Package boilerplate tells which blocks of a scraped French news page are
// the article and which are boilerplate, and why.
package boilerplate
