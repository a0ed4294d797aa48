package entities

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"sync"

	"github.com/depeche-nlp/depeche/internal/model"
)

// Model is a trained sequence model: an averaged perceptron over hashed
// sparse features with first-order Viterbi decoding over BIO tags. It is
// read-only after [Train] or [Load] and safe for concurrent use.
type Model struct {
	bits uint
	nz   []uint64 // bit r is set when feature row r has a non-zero weight
	rank []uint32 // rank[k]: number of non-zero rows before row 64k
	w    string   // the non-zero rows only, nTags int8 weights each, read in place
	// idx is nz and rank side by side, so that a lookup reads one cache
	// line; wb is a copy of w, read 8 bytes at a time.
	idx   []rowIndex
	wb    []byte
	trans [nTags + 1][nTags]int32
	// edge holds the group scores (see wordFeatures) of a position
	// outside the sentence.
	edge [nGroups]lanes
	// caseRow, upperRow and gazRow are the scores of the fCase and
	// fUpperCtx features by value, and of the gazetteer features
	// (gazTemplates) for the values 0 and 0xffff.
	caseRow  [16]lanes
	upperRow [8]lanes
	gazRow   [len(gazTemplates)][2]lanes
}

// The binary model format:
//
//	magic "DPNER" 0x03, feature version uint32 (little endian), bits uint8,
//	tags uint8, transitions ((tags+1)×tags int16, little endian),
//	row bitmap ((1<<bits)/64 uint64, little endian: bit r of word r/64 is
//	set when row r is stored), then the stored rows in order (tags int8
//	each).
//
// Weights and transitions share one scale. Most hashed rows are zero and
// not stored.
var modelMagic = []byte("DPNER\x03")

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
	var b [8]byte
	for p := range m.trans {
		for _, v := range m.trans[p] {
			binary.LittleEndian.PutUint16(b[:], uint16(int16(v)))
			bw.Write(b[:2])
		}
	}
	for _, v := range m.nz {
		binary.LittleEndian.PutUint64(b[:], v)
		bw.Write(b[:])
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
	words := (1 << m.bits) / 64
	if len(s)-n < 2*(nTags+1)*nTags+8*words {
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
	m.nz = make([]uint64, words)
	for i := range m.nz {
		m.nz[i] = binary.LittleEndian.Uint64([]byte(s[k : k+8]))
		k += 8
	}
	m.index()
	if len(s)-k != m.stored()*nTags {
		return nil, ErrFormat
	}
	m.w = s[k:]
	m.pack()
	return m, nil
}

// index computes the rank of every bitmap word.
func (m *Model) index() {
	m.rank = make([]uint32, len(m.nz)+1)
	c := 0
	for i, v := range m.nz {
		m.rank[i] = uint32(c)
		c += bits.OnesCount64(v)
	}
	m.rank[len(m.nz)] = uint32(c)
}

// stored is the number of stored (non-zero) rows.
func (m *Model) stored() int { return int(m.rank[len(m.nz)]) }

// setWeights installs dense int8 weights ((1<<bits) rows of nTags),
// keeping the non-zero rows only.
func (m *Model) setWeights(w []byte) {
	rows := len(w) / nTags
	m.nz = make([]uint64, (rows+63)/64)
	var kept []byte
	for r := range rows {
		row := w[r*nTags : r*nTags+nTags]
		for _, v := range row {
			if v != 0 {
				m.nz[r/64] |= 1 << (r % 64)
				kept = append(kept, row...)
				break
			}
		}
	}
	m.index()
	m.w = string(kept)
	m.pack()
}

// rowIndex is one word of the row bitmap with its rank.
type rowIndex struct {
	nz   uint64
	rank uint32
}

// pack builds the lookup layout of the weights: idx and wb.
func (m *Model) pack() {
	m.idx = make([]rowIndex, len(m.nz))
	for i, v := range m.nz {
		m.idx[i] = rowIndex{nz: v, rank: m.rank[i]}
	}
	m.wb = []byte(m.w)
	var feats []uint32
	for g := gP1; g < nGroups; g++ {
		feats = wordFeatures(g, nil, m.bits, feats[:0])
		m.addRows(&m.edge[g], feats)
	}
	row := func(a *lanes, tmpl, v uint64) {
		m.addRows(a, []uint32{uint32(mix(tmpl, v) >> (64 - m.bits))})
	}
	for c := range m.caseRow {
		row(&m.caseRow[c], fCase, uint64(c))
	}
	for u := range m.upperRow {
		row(&m.upperRow[u], fUpperCtx, uint64(u))
	}
	for k, g := range gazTemplates {
		row(&m.gazRow[k][0], g.tmpl, 0)
		row(&m.gazRow[k][1], g.tmpl, 0xffff)
	}
}

// score reads the 9 tags of a row as 8 bytes and one.
const _ = uint(nTags-9) + uint(9-nTags)

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
	docKeys  []string    // folded tokens of the document
	words    docWords    // the distinct words of the document
	ids      []int32     // word id of every token of the document
	kids     []int32     // key id of every token of the document
	linkKeys []linkKey   // by key id: the key alone in the linking table
	sent     []int32     // the word ids of the sentence being tagged
	wscores  []wordScore // by word id: the group scores of the word
	infos    []tokInfo
	feats    []uint32
	emit     []int32
	back     []uint8
	tags     []int
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
		if i-last > anchorReach && next-i > anchorLead || s.infos[i].barrier {
			// Far from any capital, digit or name head, or a bracket,
			// comma, semicolon or colon, which no name crosses: only O.
			for t := range e {
				e[t] = forbidden
			}
			e[tagO] = 0
			continue
		}
		a := *m.group(s, i, gSelf)
		for g := gP1; g < nGroups; g++ {
			if j := i + groupOffset[g]; j < 0 || j >= n {
				a.plus(&m.edge[g])
			} else {
				a.plus(m.group(s, j, g))
			}
		}
		// The other features: those with few values are read from
		// tables of the model, and the pairs of words are scored.
		t := &s.infos[i]
		sh := uint64(64 - m.bits)
		feats := s.feats[:0]
		addF := func(tmpl, v uint64) { feats = append(feats, uint32(mix(tmpl, v)>>sh)) }
		if i == 0 {
			c := caseBits(t, true)
			addF(fFirstShape, 1<<60^t.shape)
			addF(fCaseShape, c<<56^t.shape)
			a.plus(&m.caseRow[c])
		} else {
			a.plus(m.rest(s, i))
			a.plus(&m.caseRow[caseBits(t, false)])
		}
		a.plus(&m.upperRow[upperBits(s.infos, i)])
		for k, g := range gazTemplates {
			switch v := gazValue(s.infos, i+g.off); v {
			case 0:
				a.plus(&m.gazRow[k][0])
			case 0xffff:
				a.plus(&m.gazRow[k][1])
			default:
				addF(g.tmpl, v)
			}
		}
		const none = 0x51ed270b27a1f1d5
		// Outside the sentence, features hashes none ^ offset.
		lowerP1, shapeP1 := uint64(none^math.MaxUint64), uint64(none^math.MaxUint64)
		if i > 0 {
			lowerP1, shapeP1 = s.infos[i-1].lower, s.infos[i-1].shape
		}
		lowerN1, shapeN1 := uint64(none^1), uint64(none^1)
		if i+1 < n {
			lowerN1, shapeN1 = s.infos[i+1].lower, s.infos[i+1].shape
		}
		addF(fShapeP1Shape, shapeP1*31^t.shape)
		addF(fShapeShapeN1, t.shape*31^shapeN1)
		addF(fLowerP1Shape, lowerP1*31^t.shape)
		addF(fLowerP1Lower, lowerP1*31^t.lower)
		addF(fLowerShapeN1, lowerN1*31^t.shape)
		addF(fLowerLowerN1, t.lower*31^lowerN1)
		m.addRows(&a, feats)
		a.scores((*[nTags]int32)(e))
		s.feats = feats
	}
}

// wordScore holds the group scores of one distinct word of a document,
// and rest the scores of its fFirstShape and fCaseShape features when it
// does not start the sentence. Bit g of done (bit nGroups for rest) is set
// once the group is computed.
type wordScore struct {
	done uint8
	g    [nGroups]lanes
	rest lanes
}

// group returns the scores of group g of the word of token i of the
// sentence, computed on first use in the document.
func (m *Model) group(s *scratch, i, g int) *lanes {
	ws := &s.wscores[s.sent[i]]
	if ws.done&(1<<g) == 0 {
		s.feats = wordFeatures(g, &s.infos[i], m.bits, s.feats[:0])
		m.addRows(&ws.g[g], s.feats)
		ws.done |= 1 << g
	}
	return &ws.g[g]
}

// rest returns the rest scores of the word of token i of the sentence,
// computed on first use in the document.
func (m *Model) rest(s *scratch, i int) *lanes {
	ws := &s.wscores[s.sent[i]]
	if ws.done&(1<<nGroups) == 0 {
		t := &s.infos[i]
		sh := uint64(64 - m.bits)
		c := caseBits(t, false)
		s.feats = append(s.feats[:0], uint32(mix(fFirstShape, t.shape)>>sh), uint32(mix(fCaseShape, c<<56^t.shape)>>sh))
		m.addRows(&ws.rest, s.feats)
		ws.done |= 1 << nGroups
	}
	return &ws.rest
}

// lanes is a sum of weight rows: the int8 weights are added as biased
// bytes (w+128) in 16-bit lanes of two words, four tags each (even: tags
// 0, 2, 4, 6; odd: 1, 3, 5, 7), the last tag apart, and n counts the rows.
// While n stays below 257 (features gives 31 rows at most) a lane never
// exceeds 255*257 < 1<<16: no carry crosses lanes and the sums are exact.
type lanes struct {
	even, odd uint64
	last, n   int32
}

// plus adds the rows of b to a.
func (a *lanes) plus(b *lanes) {
	a.even += b.even
	a.odd += b.odd
	a.last += b.last
	a.n += b.n
}

// scores writes the tag scores of a to e.
func (a *lanes) scores(e *[nTags]int32) {
	off := 128 * a.n
	e[0] = int32(a.even&0xFFFF) - off
	e[1] = int32(a.odd&0xFFFF) - off
	e[2] = int32(a.even>>16&0xFFFF) - off
	e[3] = int32(a.odd>>16&0xFFFF) - off
	e[4] = int32(a.even>>32&0xFFFF) - off
	e[5] = int32(a.odd>>32&0xFFFF) - off
	e[6] = int32(a.even>>48) - off
	e[7] = int32(a.odd>>48) - off
	e[8] = a.last
}

// score sets e to the sum of the weight rows of feats.
func (m *Model) score(e *[nTags]int32, feats []uint32) {
	var total [nTags]int32
	for len(feats) > 0 {
		var a lanes
		k := min(len(feats), 256)
		m.addRows(&a, feats[:k])
		feats = feats[k:]
		var part [nTags]int32
		a.scores(&part)
		for t := range total {
			total[t] += part[t]
		}
	}
	*e = total
}

// addRows adds the weight rows of feats to a, which must hold fewer than
// 257 rows after.
func (m *Model) addRows(a *lanes, feats []uint32) {
	const (
		bias = 0x8080808080808080
		mask = 0x00FF00FF00FF00FF
	)
	even, odd, last, n := a.even, a.odd, a.last, a.n
	idx, wb := m.idx, m.wb
	for _, f := range feats {
		x := idx[f/64]
		bit := uint64(1) << (f % 64)
		if x.nz&bit == 0 {
			continue
		}
		r := (int(x.rank) + bits.OnesCount64(x.nz&(bit-1))) * nTags
		row := wb[r : r+nTags : r+nTags]
		v := binary.LittleEndian.Uint64(row) ^ bias
		even += v & mask
		odd += v >> 8 & mask
		last += int32(int8(row[nTags-1]))
		n++
	}
	*a = lanes{even, odd, last, n}
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
	// cols[t] is the column of trans into tag t.
	var cols [nTags][nTags]int32
	for p := range nTags {
		for t := range nTags {
			cols[t][p] = trans[p][t]
		}
	}
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
			best, arg := bestPrev(&prev, &cols[tagO])
			for t := range nTags {
				cur[t] = neg
				back[i*nTags+t] = uint8(arg)
			}
			cur[tagO] = best + e[tagO]
			prev = cur
			continue
		}
		bk := back[i*nTags : i*nTags+nTags : i*nTags+nTags]
		for t := 0; t < nTags; t++ {
			best, arg := int32(neg), 0
			if tagIsI(t) {
				// I-X continues B-X or I-X only.
				best, arg = prev[t-1]+trans[t-1][t], t-1
				if v := prev[t] + trans[t][t]; v > best {
					best, arg = v, t
				}
			} else {
				best, arg = bestPrev(&prev, &cols[t])
			}
			cur[t] = best + e[t]
			bk[t] = uint8(arg)
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

const neg = math.MinInt32 / 2 // the score of an impossible tag

// bestPrev returns the best score of prev[p] + col[p] over p and the
// first p that gives it (p = 0 and neg when none is above neg).
func bestPrev(prev, col *[nTags]int32) (int32, int) {
	best, arg := int32(neg), 0
	if v := prev[0] + col[0]; v > best {
		best, arg = v, 0
	}
	if v := prev[1] + col[1]; v > best {
		best, arg = v, 1
	}
	if v := prev[2] + col[2]; v > best {
		best, arg = v, 2
	}
	if v := prev[3] + col[3]; v > best {
		best, arg = v, 3
	}
	if v := prev[4] + col[4]; v > best {
		best, arg = v, 4
	}
	if v := prev[5] + col[5]; v > best {
		best, arg = v, 5
	}
	if v := prev[6] + col[6]; v > best {
		best, arg = v, 6
	}
	if v := prev[7] + col[7]; v > best {
		best, arg = v, 7
	}
	if v := prev[8] + col[8]; v > best {
		best, arg = v, 8
	}
	return best, arg
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// tag returns the BIO tags of a sentence of words, with word ids and keys
// from s.words.
func (m *Model) tag(words, keys []string, ids []int32, s *scratch) []int {
	s.infos = infosDoc(&s.words, ids, keys, words, s.infos)
	s.sent = ids
	m.emissions(s)
	s.back, s.tags = viterbi(s.emit, &m.trans, len(words), s.back, s.tags)
	return s.tags
}
