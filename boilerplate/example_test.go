package boilerplate_test

import (
	"fmt"

	"github.com/depeche-nlp/depeche/boilerplate"
)

const examplePage = `Accueil
Politique
Le Sénat adopte la loi sur la fin de vie en première lecture
Par Anne Lefèvre
Publié le 14/05/2024 à 19h02
Partager sur Facebook
Les sénateurs ont adopté mardi soir, par 180 voix contre 130, le projet de loi qui ouvre une aide à mourir pour les malades atteints d’une affection grave et incurable.
Le texte doit désormais revenir à l’Assemblée nationale, où les députés avaient déjà voté une version plus large au printemps, ce qui laisse présager de longues discussions entre les deux chambres.
Lire aussi : Fin de vie : ce que prévoit le projet de loi
© Le Quotidien 2024 - Tous droits réservés`

func ExampleDetect() {
	for _, b := range boilerplate.Detect(examplePage) {
		fmt.Printf("%-10s %v\n", b.Class, b.Boilerplate)
	}
	// Output:
	// navigation true
	// navigation true
	// title      false
	// byline     true
	// dateline   true
	// share      true
	// content    false
	// content    false
	// related    true
	// copyright  true
}

func ExampleClean() {
	fmt.Println(boilerplate.Clean(examplePage))
	// Output:
	// Le Sénat adopte la loi sur la fin de vie en première lecture
	// Les sénateurs ont adopté mardi soir, par 180 voix contre 130, le projet de loi qui ouvre une aide à mourir pour les malades atteints d’une affection grave et incurable.
	// Le texte doit désormais revenir à l’Assemblée nationale, où les députés avaient déjà voté une version plus large au printemps, ce qui laisse présager de longues discussions entre les deux chambres.
}

func ExampleAnalyze() {
	m := boilerplate.Analyze(examplePage).Meta
	fmt.Println(m.Title)
	fmt.Println(m.Published.Format("2006-01-02 15:04 -07:00"))
	fmt.Println(m.Authors)
	// Output:
	// Le Sénat adopte la loi sur la fin de vie en première lecture
	// 2024-05-14 19:02 +02:00
	// [Anne Lefèvre]
}
