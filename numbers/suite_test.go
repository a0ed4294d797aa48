package numbers

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// suiteRows are hand-written cases in the style of the test suites of
// other number and quantity parsers (spelled numerals, ordinals, amounts
// of money, percentages, number ranges, approximations), phrased anew in
// French. Same format as extractRows.
const suiteRows = `
# spelled cardinals
zero | zero | cardinal | 0
0 | 0 | cardinal | 0
1 | 1 | cardinal | 1
dix sept | dix sept | cardinal | 17
dix-huit | dix-huit | cardinal | 18
dix huit | dix huit | cardinal | 18
dix neuf | dix neuf | cardinal | 19
dix six | dix six | cardinal | 16
vingt trois | vingt trois | cardinal | 23
vingt quatre | vingt quatre | cardinal | 24
trente et un | trente et un | cardinal | 31
trente-trois | trente-trois | cardinal | 33
soixante dix | soixante dix | cardinal | 70
soixante quinze | soixante quinze | cardinal | 75
soixante-quinze | soixante-quinze | cardinal | 75
septante cinq | septante cinq | cardinal | 75
soixante dix huit | soixante dix huit | cardinal | 78
soixante-dix-huit | soixante-dix-huit | cardinal | 78
septante huit | septante huit | cardinal | 78
quatre vingt un | quatre vingt un | cardinal | 81
huitante et un | huitante et un | cardinal | 81
quatre vingt onze | quatre vingt onze | cardinal | 91
nonante et un | nonante et un | cardinal | 91
quatre-vingt-dix-huit | quatre-vingt-dix-huit | cardinal | 98
cent deux | cent deux | cardinal | 102
deux cent deux | deux cent deux | cardinal | 202
trois cents | trois cents | cardinal | 300
neuf cents | neuf cents | cardinal | 900
mille un | mille un | cardinal | 1001
mille deux | mille deux | cardinal | 1002
deux mille quatre cents | deux mille quatre cents | cardinal | 2400
vingt et un mille onze | vingt et un mille onze | cardinal | 21011
vingt-et-un mille onze | vingt-et-un mille onze | cardinal | 21011
sept cent vingt et un mille douze | sept cent vingt et un mille douze | cardinal | 721012
cent vingt-trois mille quatre cent cinquante-six | cent vingt-trois mille quatre cent cinquante-six | cardinal | 123456
trente et un millions deux cent cinquante six mille sept cent vingt et un | trente et un millions deux cent cinquante six mille sept cent vingt et un | cardinal | 31256721
neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf | neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf | cardinal | 999999
un million deux cent cinquante mille | un million deux cent cinquante mille | cardinal | 1250000
deux millions cinq cent mille | deux millions cinq cent mille | cardinal | 2500000
trois milliards | trois milliards | cardinal | 3000000000
dix-neuf cent quatre-vingt-dix-neuf | dix-neuf cent quatre-vingt-dix-neuf | cardinal | 1999
mille neuf cent quatre-vingt-quatre | mille neuf cent quatre-vingt-quatre | cardinal | 1984
deux mille vingt | deux mille vingt | cardinal | 2020
Quatre-vingt-treize | Quatre-vingt-treize | cardinal | 93
DEUX CENTS | DEUX CENTS | cardinal | 200
Ils sont cinquante-quatre | cinquante-quatre | cardinal | 54
il a soixante-cinq ans | soixante-cinq ans | cardinal | 65 |||||ans
trente-six chandelles | trente-six chandelles | cardinal | 36 |||||chandelles
# digits
100 000 | 100 000 | cardinal | 100000
100k | 100k | cardinal | 100000
3000K | 3000K | cardinal | 3000000
3 000 000 | 3 000 000 | cardinal | 3000000
3.000.000 | 3.000.000 | cardinal | 3000000
1,2M | 1,2M | cardinal | 1200000
1200K | 1200K | cardinal | 1200000
0,0012G | 0,0012G | cardinal | 1200000
-1,2M | -1,2M | cardinal | -1200000
-1200K | -1200K | cardinal | -1200000
moins 1 200 000 | moins 1 200 000 | cardinal | -1200000
1,1 | 1,1 | cardinal | 1.1
1,10 | 1,10 | cardinal | 1.1
0,77 | 0,77 | cardinal | 0.77
-4 | -4 | cardinal | -4
moins quatre | moins quatre | cardinal | -4
moins douze | moins douze | cardinal | -12
moins 3,5 | moins 3,5 | cardinal | -3.5
12 345,678 | 12 345,678 | cardinal | 12345.678
3.14 | 3.14 | cardinal | 3.14
2,2 millions | 2,2 millions | cardinal | 2200000
1,5 million | 1,5 million | cardinal | 1500000
deux virgule deux millions | deux virgule deux millions | cardinal | 2200000
zéro virgule cinq | zéro virgule cinq | cardinal | 0.5
un virgule cinq | un virgule cinq | cardinal | 1.5
douze virgule zéro cinq | douze virgule zéro cinq | cardinal | 12.05
trois virgule quatorze | trois virgule quatorze | cardinal | 3.14
3 milliards 200 millions | 3 milliards 200 millions | cardinal | 3200000000
1 million 200 000 | 1 million 200 000 | cardinal | 1200000
12 millions d'habitants | 12 millions d'habitants | cardinal | 12000000 |||||habitants
1 000 000 d'habitants | 1 000 000 d'habitants | cardinal | 1000000 |||||habitants
# fractions
une demie | une demie | fraction | 0.5
deux et demi | deux et demi | cardinal | 2.5
onze et demi | onze et demi | cardinal | 11.5
un cinquième | un cinquième | fraction | 0.2
un huitième | un huitième | fraction | 0.125
un centième | un centième | fraction | 0.01
un millième | un millième | fraction | 0.001
un vingt-cinquième | un vingt-cinquième | fraction | 0.04
sept huitièmes | sept huitièmes | fraction | 0.875
1/2 | 1/2 | fraction | 0.5
3/8 | 3/8 | fraction | 0.375
la moitié | la moitié | fraction | 0.5
la moitié des électeurs | la moitié | fraction | 0.5
le tiers des salariés | le tiers | fraction | 0.33333333333333333333
le quart des effectifs | le quart | fraction | 0.25
réduit de moitié | de moitié | fraction | 0.5
les trois quarts des votants | trois quarts | fraction | 0.75
deux sur trois | deux sur trois | fraction | 0.66666666666666666667
trois sur cinq | trois sur cinq | fraction | 0.6
un quart d'heure | un quart | fraction | 0.25
# ordinals
second | second | ordinal | 2
seconde | seconde | ordinal | 2
la seconde place | seconde place | ordinal | 2 |||||place
deuxieme | deuxieme | ordinal | 2
2eme | 2eme | ordinal | 2
troisième | troisième | ordinal | 3
3ème | 3ème | ordinal | 3
3e | 3e | ordinal | 3
4e | 4e | ordinal | 4
dixième | dixième | ordinal | 10
douzième | douzième | ordinal | 12
treizième | treizième | ordinal | 13
quatorzième | quatorzième | ordinal | 14
quinzième | quinzième | ordinal | 15
dix-huitième | dix-huitième | ordinal | 18
dix-neuvième | dix-neuvième | ordinal | 19
vingt-deuxième | vingt-deuxième | ordinal | 22
trentième | trentième | ordinal | 30
trente et unième | trente et unième | ordinal | 31
quarantième | quarantième | ordinal | 40
cinquantième | cinquantième | ordinal | 50
cinquante-deuxième | cinquante-deuxième | ordinal | 52
soixantième | soixantième | ordinal | 60
soixante-dixième | soixante-dixième | ordinal | 70
soixante et onzième | soixante et onzième | ordinal | 71
soixante-quinzième | soixante-quinzième | ordinal | 75
quatre-vingtième | quatre-vingtième | ordinal | 80
quatre-vingt-unième | quatre-vingt-unième | ordinal | 81
quatre-vingt-onzième | quatre-vingt-onzième | ordinal | 91
quatre-vingt-dix-neuvième | quatre-vingt-dix-neuvième | ordinal | 99
cent unième | cent unième | ordinal | 101
deux centième | deux centième | ordinal | 200
deux millième | deux millième | ordinal | 2000
millionième | millionième | ordinal | 1000000
100e | 100e | ordinal | 100
1000e | 1000e | ordinal | 1000
le 3ème | 3ème | ordinal | 3
IIIe | IIIe | ordinal | 3
IIe | IIe | ordinal | 2
IVe | IVe | ordinal | 4
la Ve République | Ve République | ordinal | 5 |||||République
XXe siècle | XXe siècle | ordinal | 20 |||||siècle
XVIe | XVIe | ordinal | 16
Napoléon Ier | Ier | ordinal | 1
la 2nde | 2nde | ordinal | 2
le vingt et unième siècle | vingt et unième siècle | ordinal | 21 |||||siècle
# percentages
10% | 10% | percent | 10
10 % | 10 % | percent | 10
dix pourcents | dix pourcents | percent | 10
10 pourcent | 10 pourcent | percent | 10
cinquante pour cent | cinquante pour cent | percent | 50
vingt-cinq pour cent | vingt-cinq pour cent | percent | 25
0,5 % | 0,5 % | percent | 0.5
3,75% | 3,75% | percent | 3.75
100% | 100% | percent | 100
2,5 pour cent | 2,5 pour cent | percent | 2.5
quinze pour-cent | quinze pour-cent | percent | 15
5 pour mille | 5 pour mille | percent | 0.5
moins 5 % | moins 5 % | percent | -5
-2,3 % | -2,3 % | percent | -2.3
environ 30 % | environ 30 % | percent | 30 ||| about
entre 10 et 20 % | entre 10 et 20 % | percent || 10 | 20
de 10 à 20 % | de 10 à 20 % | percent || 10 | 20
10 à 20 % | 10 à 20 % | percent || 10 | 20
au moins 5 % | au moins 5 % | percent || 5 || at_least
jusqu'à 70 % | jusqu'à 70 % | percent ||| 70 | at_most
moins de 1 % | moins de 1 % | percent ||| 1 | less_than
entre 10 % et 20 % | entre 10 % et 20 % | percent || 10 | 20
# money
dix euros | dix euros | money | 10 |||| EUR
10 EUR | 10 EUR | money | 10 |||| EUR
€ 25 | € 25 | money | 25 |||| EUR
25 EUR | 25 EUR | money | 25 |||| EUR
1 euro | 1 euro | money | 1 |||| EUR
2,50 € | 2,50 € | money | 2.5 |||| EUR
2,50 euros | 2,50 euros | money | 2.5 |||| EUR
cinq euros cinquante | cinq euros cinquante | money | 5.5 |||| EUR
trois euros et cinquante centimes | trois euros et cinquante centimes | money | 3.5 |||| EUR
10 dollars | 10 dollars | money | 10 |||| USD
$10 | $10 | money | 10 |||| USD
10$ | 10$ | money | 10 |||| USD
10 USD | 10 USD | money | 10 |||| USD
3 dollars US | 3 dollars US | money | 3 |||| USD
5 dollars américains | 5 dollars américains | money | 5 |||| USD
20 dollars canadiens | 20 dollars canadiens | money | 20 |||| CAD
3 livres | 3 livres | money | 3 |||| GBP
£3 | £3 | money | 3 |||| GBP
3 livres sterling | 3 livres sterling | money | 3 |||| GBP
100 yens | 100 yens | money | 100 |||| JPY
100 yuans | 100 yuans | money | 100 |||| CNY
1 000 roupies | 1 000 roupies | money | 1000 |||| INR
1000 INR | 1000 INR | money | 1000 |||| INR
INR 30 | INR 30 | money | 30 |||| INR
20 dirhams marocains | 20 dirhams marocains | money | 20 |||| MAD
100 dirhams émiratis | 100 dirhams émiratis | money | 100 |||| AED
1 500 francs CFA | 1 500 francs CFA | money | 1500 |||| XOF
5 000 FCFA | 5 000 FCFA | money | 5000 |||| XOF
200 roubles | 200 roubles | money | 200 |||| RUB
50 pesos mexicains | 50 pesos mexicains | money | 50 |||| MXN
100 reais | 100 reais | money | 100 |||| BRL
10 000 wons | 10 000 wons | money | 10000 |||| KRW
30 dinars tunisiens | 30 dinars tunisiens | money | 30 |||| TND
100 livres égyptiennes | 100 livres égyptiennes | money | 100 |||| EGP
USD 3,2 milliards | USD 3,2 milliards | money | 3200000000 |||| USD
3,2 milliards de dollars | 3,2 milliards de dollars | money | 3200000000 |||| USD
1,5 million d'euros | 1,5 million d'euros | money | 1500000 |||| EUR
2 M€ | 2 M€ | money | 2000000 |||| EUR
500 k€ | 500 k€ | money | 500000 |||| EUR
10 millions de dollars | 10 millions de dollars | money | 10000000 |||| USD
3 milliards d'euros | 3 milliards d'euros | money | 3000000000 |||| EUR
un milliard de dollars | un milliard de dollars | money | 1000000000 |||| USD
35 millions de dollars | 35 millions de dollars | money | 35000000 |||| USD
1,2 milliard de livres | 1,2 milliard de livres | money | 1200000000 |||| GBP
cent euros | cent euros | money | 100 |||| EUR
mille dollars | mille dollars | money | 1000 |||| USD
vingt-cinq centimes | vingt-cinq centimes | money | 0.25 |||| EUR
50 cents | 50 cents | money | 0.5 |||| USD
un million cinq cent mille euros | un million cinq cent mille euros | money | 1500000 |||| EUR
environ 20 € | environ 20 € | money | 20 ||| about | EUR
près de 20 € | près de 20 € | money | 20 ||| about | EUR
à peu près 30 euros | à peu près 30 euros | money | 30 ||| about | EUR
exactement 15 € | exactement 15 € | money | 15 |||| EUR
entre 10 et 20 euros | entre 10 et 20 euros | money || 10 | 20 || EUR
de 10 à 20 € | de 10 à 20 € | money || 10 | 20 || EUR
10-20 € | 10-20 € | money || 10 | 20 || EUR
pas plus de 20 € | pas plus de 20 € | money ||| 20 | at_most | EUR
plus de 10 € | plus de 10 € | money || 10 || more_than | EUR
au moins 10 € | au moins 10 € | money || 10 || at_least | EUR
jusqu'à 30 euros | jusqu'à 30 euros | money ||| 30 | at_most | EUR
10 à 15 millions d'euros | 10 à 15 millions d'euros | money || 10000000 | 15000000 || EUR
entre 5 et 10 millions de dollars | entre 5 et 10 millions de dollars | money || 5000000 | 10000000 || USD
un peu plus de 3 millions d'euros | un peu plus de 3 millions d'euros | money || 3000000 || more_than | EUR
le billet coûte 12 euros | 12 euros | money | 12 |||| EUR
# ranges
entre 10 et 20 | entre 10 et 20 | cardinal || 10 | 20
de 10 à 20 | de 10 à 20 | cardinal || 10 | 20
10 à 20 | 10 à 20 | cardinal || 10 | 20
de dix à vingt | de dix à vingt | cardinal || 10 | 20
entre dix et vingt | entre dix et vingt | cardinal || 10 | 20
entre 1 000 et 2 000 | entre 1 000 et 2 000 | cardinal || 1000 | 2000
10 à 15 millions | 10 à 15 millions | cardinal || 10000000 | 15000000
deux ou trois | deux ou trois | cardinal || 2 | 3
deux ou trois jours | deux ou trois jours | cardinal || 2 | 3 |||jours
5 ou 6 personnes | 5 ou 6 personnes | cardinal || 5 | 6 |||personnes
un ou deux | un ou deux | cardinal || 1 | 2
plus de 30 et moins de 50 | plus de 30 et moins de 50 | cardinal || 30 | 50
au moins 20 et au plus 30 | au moins 20 et au plus 30 | cardinal || 20 | 30
# approximations and bounds
au moins 20 | au moins 20 | cardinal || 20 || at_least
au plus 20 | au plus 20 | cardinal ||| 20 | at_most
pas plus de 20 | pas plus de 20 | cardinal ||| 20 | at_most
un peu plus de 20 | un peu plus de 20 | cardinal || 20 || more_than
presque 20 | presque 20 | cardinal | 20 ||| about
approximativement 20 | approximativement 20 | cardinal | 20 ||| about
aux alentours de 20 | aux alentours de 20 | cardinal | 20 ||| about
aux environs de 300 | aux environs de 300 | cardinal | 300 ||| about
environ 1 000 | environ 1 000 | cardinal | 1000 ||| about
près de 3 000 | près de 3 000 | cardinal | 3000 ||| about
quelque 200 | quelque 200 | cardinal | 200 ||| about
une douzaine d'œufs | une douzaine d'œufs | cardinal | 12 |||||œufs
des dizaines | des dizaines | cardinal || 10 | 100 | vague
des centaines de milliers | des centaines de milliers | cardinal || 100000 | 1000000 | vague
plusieurs centaines | plusieurs centaines | cardinal || 100 | 1000 | vague
plusieurs milliers de manifestants | plusieurs milliers de manifestants | cardinal || 1000 | 10000 | vague ||manifestants
une vingtaine | une vingtaine | cardinal | 20 ||| about
une trentaine de personnes | une trentaine de personnes | cardinal | 30 ||| about ||personnes
une quinzaine | une quinzaine | cardinal | 15 ||| about
un millier | un millier | cardinal | 1000 ||| about
des milliers | des milliers | cardinal || 1000 | 10000 | vague
supérieur à 100 | supérieur à 100 | cardinal || 100 || more_than
inférieur à 100 | inférieur à 100 | cardinal ||| 100 | less_than
inférieur ou égal à 20 | inférieur ou égal à 20 | cardinal ||| 20 | at_most
supérieur ou égal à 20 | supérieur ou égal à 20 | cardinal || 20 || at_least
plus grand que 30 | plus grand que 30 | cardinal || 30 || more_than
plus petit que 10 | plus petit que 10 | cardinal ||| 10 | less_than
30 ou plus | 30 ou plus | cardinal || 30 || at_least
30 ou moins | 30 ou moins | cardinal ||| 30 | at_most
à partir de 20 | à partir de 20 | cardinal || 20 || at_least
moins de 5 | moins de 5 | cardinal ||| 5 | less_than
plus de 1 000 | plus de 1 000 | cardinal || 1000 || more_than
au-delà de 100 | au-delà de 100 | cardinal || 100 || more_than
au maximum 50 | au maximum 50 | cardinal ||| 50 | at_most
50 au maximum | 50 au maximum | cardinal ||| 50 | at_most
100 environ | 100 environ | cardinal | 100 ||| about
plus de 30 mais moins de 50 | plus de 30 mais moins de 50 | cardinal || 30 | 50
moins de 30 et plus de 20 | moins de 30 et plus de 20 | cardinal || 20 | 30
au-dessus de 20 | au-dessus de 20 | cardinal || 20 || more_than
au delà de 100 | au delà de 100 | cardinal || 100 || more_than
> 20 | > 20 | cardinal || 20 || more_than
>= 20 | >= 20 | cardinal || 20 || at_least
< 20 | < 20 | cardinal ||| 20 | less_than
≤ 20 | ≤ 20 | cardinal ||| 20 | at_most
pas plus que 10 | pas plus que 10 | cardinal ||| 10 | at_most
# more money
10K$ | 10K$ | money | 10000 |||| USD
$10k | $10k | money | 10000 |||| USD
$10.000 | $10.000 | money | 10000 |||| USD
3,14 US$ | 3,14 US$ | money | 3.14 |||| USD
GBP 3,01 | GBP 3,01 | money | 3.01 |||| GBP
20 Euro | 20 Euro | money | 20 |||| EUR
environ 10-20 dollars | environ 10-20 dollars | money || 10 | 20 | about | USD
entre 10 dollars et 20 dollars | entre 10 dollars et 20 dollars | money || 10 | 20 || USD
de 10 dollars à 20 dollars | de 10 dollars à 20 dollars | money || 10 | 20 || USD
dix centimes | dix centimes | money | 0.1 |||| EUR
plus de 1,42 dollar | plus de 1,42 dollar | money || 1.42 || more_than | USD
moins de sept euros | moins de sept euros | money ||| 7 | less_than | EUR
1,5 million de CHF | 1,5 million de CHF | money | 1500000 |||| CHF
CHF 1,5 million | CHF 1,5 million | money | 1500000 |||| CHF
17 000 milliards de yens | 17 000 milliards de yens | money | 17000000000000 |||| JPY
huit cent mille euros | huit cent mille euros | money | 800000 |||| EUR
deux milliards et demi d'euros | deux milliards et demi d'euros | money | 2500000000 |||| EUR
3 $ 50 | 3 $ 50 | money | 3.5 |||| USD
moins un | moins un | cardinal | -1
cent quatre-vingt-douze | cent quatre-vingt-douze | cardinal | 192
un billion | un billion | cardinal | 1000000000000
cinq huitièmes | cinq huitièmes | fraction | 0.625
trois millions et demi | trois millions et demi | cardinal | 3500000
une ou deux fois | une ou deux fois | cardinal || 1 | 2 |||fois
# more forms
trois-quarts | trois-quarts | fraction | 0.75
deux-tiers | deux-tiers | fraction | 0.66666666666666666667
un demi-million | un demi-million | cardinal | 500000
un demi-million d'euros | un demi-million d'euros | money | 500000 |||| EUR
les 3/4 | 3/4 | fraction | 0.75
1 234,5 € | 1 234,5 € | money | 1234.5 |||| EUR
1.234.567,89 | 1.234.567,89 | cardinal | 1234567.89
un sur quatre | un sur quatre | fraction | 0.25
4 sur 5 | 4 sur 5 | fraction | 0.8
3ᵉ | 3ᵉ | ordinal | 3
1ᵉʳ | 1ᵉʳ | ordinal | 1
XXᵉ siècle | XXᵉ siècle | ordinal | 20 |||||siècle
le 21e siècle | 21e siècle | ordinal | 21 |||||siècle
vingtième siècle | vingtième siècle | ordinal | 20 |||||siècle
le 100e anniversaire | 100e anniversaire | ordinal | 100 |||||anniversaire
cinq pour cent des voix | cinq pour cent | percent | 5
12 M$ | 12 M$ | money | 12000000 |||| USD
12 Md$ | 12 Md$ | money | 12000000000 |||| USD
un milliard et demi d'euros | un milliard et demi d'euros | money | 1500000000 |||| EUR
deux euros | deux euros | money | 2 |||| EUR
Moins de 10 % | Moins de 10 % | percent ||| 10 | less_than
Plus de 50 000 personnes | Plus de 50 000 personnes | cardinal || 50000 || more_than ||personnes
Entre 2 et 3 millions d'euros | Entre 2 et 3 millions d'euros | money || 2000000 | 3000000 || EUR
de 1 000 à 2 000 euros | de 1 000 à 2 000 euros | money || 1000 | 2000 || EUR
deux cents millions | deux cents millions | cardinal | 200000000
cent-vingt | cent-vingt | cardinal | 120
mille-deux-cents | mille-deux-cents | cardinal | 1200
dix mille cinq cents | dix mille cinq cents | cardinal | 10500
zéro virgule zéro zéro un | zéro virgule zéro zéro un | cardinal | 0.001
des dizaines de personnes | des dizaines de personnes | cardinal || 10 | 100 | vague ||personnes
mille neuf cent quatre-vingt-dix-neuf euros | mille neuf cent quatre-vingt-dix-neuf euros | money | 1999 |||| EUR
20 pour 100 | 20 pour 100 | percent | 20
50 centimes d'euro | 50 centimes d'euro | money | 0.5 |||| EUR
100 couronnes norvégiennes | 100 couronnes norvégiennes | money | 100 |||| NOK
1 000 roupies indiennes | 1 000 roupies indiennes | money | 1000 |||| INR
500 pesos argentins | 500 pesos argentins | money | 500 |||| ARS
20 dinars koweïtiens | 20 dinars koweïtiens | money | 20 |||| KWD
100 lires turques | 100 lires turques | money | 100 |||| TRY
R$ 50 | R$ 50 | money | 50 |||| BRL
HK$ 100 | HK$ 100 | money | 100 |||| HKD
50 dollars de Hong Kong | 50 dollars de Hong Kong | money | 50 |||| HKD
un dollar canadien | un dollar canadien | money | 1 |||| CAD
6,5 milliards de yuans | 6,5 milliards de yuans | money | 6500000000 |||| CNY
≥ 20 et ≤ 30 | ≥ 20 et ≤ 30 | cardinal || 20 | 30
de vingt à trente pour cent | de vingt à trente pour cent | percent || 20 | 30
deux mille dix-neuf | deux mille dix-neuf | cardinal | 2019
USD3,14 | USD3,14 | money | 3.14 |||| USD
EUR29,99 | EUR29,99 | money | 29.99 |||| EUR
GBP3 | GBP3 | money | 3 |||| GBP
douze virgule cinq pour cent | douze virgule cinq pour cent | percent | 12.5
0,5 pour cent | 0,5 pour cent | percent | 0.5
plus de la moitié | plus de la moitié | fraction || 0.5 || more_than
moins d'un tiers | moins d'un tiers | fraction ||| 0.33333333333333333333 | less_than
près de la moitié des votes | près de la moitié | fraction | 0.5 ||| about
environ un tiers | environ un tiers | fraction | 0.33333333333333333333 ||| about
plus des deux tiers | plus des deux tiers | fraction || 0.66666666666666666667 || more_than
un peu moins de la moitié | un peu moins de la moitié | fraction ||| 0.5 | less_than
# not quantities
un à un | -
l'un ou l'autre | -
l'un d'eux | -
les uns et les autres | -
quelques-uns | -
aucun | -
chacun | -
un jour | -
une fois | -
de nombreuses fois | -
`

func TestExtractSuite(t *testing.T) {
	assert.GreaterOrEqual(t, runRows(t, suiteRows), 380)
}
