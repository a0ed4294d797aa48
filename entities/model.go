package entities

// Model is a trained sequence model. It is read-only after [Train] or
// [Load] and safe for concurrent use.
type Model struct {
}
