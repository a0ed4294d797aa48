package entities

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"

	"github.com/depeche-nlp/depeche/internal/model"
)

// Model is a trained sequence model: an averaged perceptron over hashed
// sparse features with first-order Viterbi decoding over BIO tags. It is
// read-only after [Train] or [Load] and safe for concurrent use.
type Model struct {
	bits  uint
	w     string   // (1<<bits) rows of nTags int8 weights, read in place
	nz    []uint64 // bit r is set when row r has a non-zero weight
	trans [nTags + 1][nTags]int32
}

// The binary model format:
//
//	magic "DPNER" 0x02, feature version uint32 (little endian), bits uint8,
//	tags uint8, transitions ((tags+1)×tags int16, little endian),
//	weights ((1<<bits)×tags int8).
//
// Weights and transitions share one scale. Most weight rows are zero.
var modelMagic = []byte("DPNER\x02")

// ErrFormat is returned by [Load] for data that is not a model of this
// version of the package.
var ErrFormat = errors.New("entities: not a model file of this version")

// Save writes m in the package's compact binary format, read by [Load].
func (m *Model) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.Write(modelMagic)
	var hdr [6]byte
	binary.LittleEndian.PutUint32(hdr[:], featureVersion)
	hdr[4], hdr[5] = byte(m.bits), nTags
	bw.Write(hdr[:])
	var b [2]byte
	for p := range m.trans {
		for _, v := range m.trans[p] {
			binary.LittleEndian.PutUint16(b[:], uint16(int16(v)))
			bw.Write(b[:])
		}
	}
	bw.WriteString(m.w)
	return bw.Flush()
}

// Load reads a model written by [Model.Save].
func Load(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(io.LimitReader(r, 1<<30))
	if err != nil {
		return nil, fmt.Errorf("entities: reading model: %w", err)
	}
	return loadString(string(b))
}

// loadString decodes a model held in a string; the weights stay in the
// string (no copy).
func loadString(s string) (*Model, error) {
	n := len(modelMagic) + 6
	if len(s) < n || s[:len(modelMagic)] != string(modelMagic) {
		return nil, ErrFormat
	}
	h := s[len(modelMagic):n]
	v := uint32(h[0]) | uint32(h[1])<<8 | uint32(h[2])<<16 | uint32(h[3])<<24
	if v != featureVersion || h[5] != nTags || h[4] < 8 || h[4] > 24 {
		return nil, ErrFormat
	}
	m := &Model{bits: uint(h[4])}
	if len(s)-n != 2*(nTags+1)*nTags+(1<<m.bits)*nTags {
		return nil, ErrFormat
	}
	s = s[n:]
	k := 0
	for p := range m.trans {
		for t := range m.trans[p] {
			m.trans[p][t] = int32(int16(uint16(s[k]) | uint16(s[k+1])<<8))
			k += 2
		}
	}
	m.setWeights(s[k:])
	return m, nil
}

// setWeights installs the int8 weights and marks the non-zero rows.
func (m *Model) setWeights(w string) {
	m.w = w
	rows := len(w) / nTags
	m.nz = make([]uint64, (rows+63)/64)
	for r := range rows {
		row := w[r*nTags : r*nTags+nTags]
		for i := 0; i < len(row); i++ {
			if row[i] != 0 {
				m.nz[r/64] |= 1 << (r % 64)
				break
			}
		}
	}
}

// defaultModel is the embedded model, decoded once on first use.
var defaultModel = sync.OnceValue(func() *Model {
	m, err := loadString(model.NER)
	if err != nil {
		// The embedded model is generated with this package: a mismatch
		// is a build error, caught by the tests.
		panic(err)
	}
	return m
})

// DefaultModel returns the embedded model, loaded once on first use.
func DefaultModel() *Model { return defaultModel() }

// scratch holds the buffers of one tagging call.
type scratch struct {
	docKeys []string        // folded tokens of the document
	lower   map[string]bool // capitalised words → seen in lower case
	infos   []tokInfo
	feats   []uint32
	emit    []int32
	back    []uint8
	tags    []int
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// emissions scores every tag of every token.
func (m *Model) emissions(s *scratch) {
	n := len(s.infos)
	s.emit = grow(s.emit, n*nTags)
	last := -100 // the last anchor seen
	next := -1   // the next anchor at or after i
	for i := range n {
		e := s.emit[i*nTags : i*nTags+nTags : i*nTags+nTags]
		if s.infos[i].anchor {
			last = i
		}
		if next < i {
			next = i
			for next < n && !s.infos[next].anchor {
				next++
			}
		}
		if i-last > anchorReach && next-i > anchorLead {
			// Far from any capital, digit or name head: only O.
			for t := range e {
				e[t] = forbidden
			}
			e[tagO] = 0
			continue
		}
		s.feats = features(s.infos, i, m.bits, s.feats[:0])
		ea := (*[nTags]int32)(e)
		*ea = [nTags]int32{}
		for _, f := range s.feats {
			if m.nz[f/64]&(1<<(f%64)) == 0 {
				continue
			}
			row := m.w[int(f)*nTags : int(f)*nTags+nTags]
			_ = row[nTags-1] // one bounds check for the row
			for t := range nTags {
				ea[t] += int32(int8(row[t]))
			}
		}
	}
}

// anchorReach and anchorLead are how far (in tokens) a name may extend
// after and before its nearest anchor: a capitalised word, a number or a
// name head such as ministère. Tokens farther away are tagged O without
// being scored.
const (
	anchorReach = 4
	anchorLead  = 2
)

const forbidden = -1 << 24

// viterbi returns the best tag sequence for the emissions in s.
func viterbi(emit []int32, trans *[nTags + 1][nTags]int32, n int, back []uint8, tags []int) ([]uint8, []int) {
	back = grow(back, n*nTags)
	tags = grow(tags, n)
	if n == 0 {
		return back, tags
	}
	var cur, prev [nTags]int32
	const neg = math.MinInt32 / 2
	for t := range nTags {
		if allowed(-1, t) {
			prev[t] = emit[t] + trans[nTags][t]
		} else {
			prev[t] = neg
		}
	}
	for i := 1; i < n; i++ {
		e := emit[i*nTags : i*nTags+nTags]
		if e[1] == forbidden && e[2] == forbidden {
			// A token forced to O: only the O column matters.
			best, arg := int32(neg), 0
			for p := range nTags {
				if v := prev[p] + trans[p][tagO]; v > best {
					best, arg = v, p
				}
			}
			for t := range nTags {
				cur[t] = neg
				back[i*nTags+t] = uint8(arg)
			}
			cur[tagO] = best + e[tagO]
			prev = cur
			continue
		}
		for t := range nTags {
			best, arg := int32(neg), 0
			if tagIsI(t) {
				// I-X continues B-X or I-X only.
				for _, p := range [2]int{t - 1, t} {
					if v := prev[p] + trans[p][t]; v > best {
						best, arg = v, p
					}
				}
			} else {
				for p := range nTags {
					if v := prev[p] + trans[p][t]; v > best {
						best, arg = v, p
					}
				}
			}
			cur[t] = best + e[t]
			back[i*nTags+t] = uint8(arg)
		}
		prev = cur
	}
	best, arg := int32(neg), 0
	for t := range nTags {
		if prev[t] > best {
			best, arg = prev[t], t
		}
	}
	for i := n - 1; i >= 0; i-- {
		tags[i] = arg
		arg = int(back[i*nTags+arg])
	}
	return back, tags
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// tag returns the BIO tags of a sentence of words.
func (m *Model) tag(words, keys []string, lower map[string]bool, s *scratch) []int {
	s.infos = infos(words, keys, s.infos, lower)
	m.emissions(s)
	s.back, s.tags = viterbi(s.emit, &m.trans, len(words), s.back, s.tags)
	return s.tags
}
