package numbers

import (
	"iter"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// extractRows are hand-written cases: input | text | kind | value | low |
// high | approx | currency | unit | date. The input must yield exactly one
// quantity, described by the other columns ("" = null or empty). A row
// "input | -" must yield no quantity.
const extractRows = `
# digits and grouping
700.000 | 700.000 | cardinal | 700000
26 000 | 26 000 | cardinal | 26000
26 000 habitants | 26 000 habitants | cardinal | 26000 |||||habitants
1'000 francs suisses | 1'000 francs suisses | money | 1000 |||| CHF
1 234 567,89 | 1 234 567,89 | cardinal | 1234567.89
-3,5 | -3,5 | cardinal | -3.5
une baisse de -3,5 | -3,5 | cardinal | -3.5
le chiffre 8,6 | 8,6 | cardinal | 8.6
1.5 | 1.5 | cardinal | 1.5
0,5 | 0,5 | cardinal | 0.5
il a 45 ans | 45 ans | cardinal | 45 |||||ans
12 | 12 | cardinal | 12
100000 | 100000 | cardinal | 100000
3 enfants | 3 enfants | cardinal | 3 |||||enfants
# the counted noun agrees with the number
le budget 2024 prévoit | 2024 | date |||||||2024
il a acheté 3 maison | 3 | cardinal | 3
1,5 kilomètre | 1,5 kilomètre | cardinal | 1.5 |||||kilomètre
les 35 heures | 35 heures | cardinal | 35 |||||heures
une ligne de 400 kV | 400 kV | cardinal | 400 |||||kV
12 000 salarié | 12 000 | cardinal | 12000
# scale words after digits
8,6 millions | 8,6 millions | cardinal | 8600000
1,2 milliard | 1,2 milliard | cardinal | 1200000000
3 millions d'habitants | 3 millions d'habitants | cardinal | 3000000 |||||habitants
2,5 milliards de personnes | 2,5 milliards de personnes | cardinal | 2500000000 |||||personnes
1 billion | 1 billion | cardinal | 1000000000000
5 mille | 5 mille | cardinal | 5000
2 millions et demi | 2 millions et demi | cardinal | 2500000
100K | 100K | cardinal | 100000
3M | 3M | cardinal | 3000000
3 000 milliards | 3 000 milliards | cardinal | 3000000000000
# spelled cardinals
zéro | zéro | cardinal | 0
deux | deux | cardinal | 2
onze | onze | cardinal | 11
seize | seize | cardinal | 16
dix-sept | dix-sept | cardinal | 17
vingt | vingt | cardinal | 20
vingt et un | vingt et un | cardinal | 21
vingt-et-un | vingt-et-un | cardinal | 21
vingt-deux | vingt-deux | cardinal | 22
trente trois | trente trois | cardinal | 33
quarante-quatre | quarante-quatre | cardinal | 44
cinquante-cinq | cinquante-cinq | cardinal | 55
soixante | soixante | cardinal | 60
soixante et onze | soixante et onze | cardinal | 71
soixante-et-onze | soixante-et-onze | cardinal | 71
soixante-dix | soixante-dix | cardinal | 70
soixante-douze | soixante-douze | cardinal | 72
soixante-dix-neuf | soixante-dix-neuf | cardinal | 79
quatre-vingts | quatre-vingts | cardinal | 80
quatre-vingt | quatre-vingt | cardinal | 80
quatre vingt | quatre vingt | cardinal | 80
quatre-vingt-un | quatre-vingt-un | cardinal | 81
quatre-vingt-cinq | quatre-vingt-cinq | cardinal | 85
quatre-vingt-dix | quatre-vingt-dix | cardinal | 90
quatre-vingt-onze | quatre-vingt-onze | cardinal | 91
quatre-vingt-dix-sept | quatre-vingt-dix-sept | cardinal | 97
quatre-vingt-dix-neuf | quatre-vingt-dix-neuf | cardinal | 99
septante | septante | cardinal | 70
septante-cinq | septante-cinq | cardinal | 75
septante et un | septante et un | cardinal | 71
huitante | huitante | cardinal | 80
octante-huit | octante-huit | cardinal | 88
nonante | nonante | cardinal | 90
nonante-neuf | nonante-neuf | cardinal | 99
cent | cent | cardinal | 100
cent un | cent un | cardinal | 101
cent quinze | cent quinze | cardinal | 115
cent vingt-cinq | cent vingt-cinq | cardinal | 125
deux cents | deux cents | cardinal | 200
deux cent un | deux cent un | cardinal | 201
trois cent soixante-cinq | trois cent soixante-cinq | cardinal | 365
neuf cent quatre-vingt-dix-neuf | neuf cent quatre-vingt-dix-neuf | cardinal | 999
mille | mille | cardinal | 1000
mille deux cents | mille deux cents | cardinal | 1200
mille neuf cent quatre-vingt-dix-neuf | mille neuf cent quatre-vingt-dix-neuf | cardinal | 1999
deux mille vingt-trois | deux mille vingt-trois | cardinal | 2023
deux mille | deux mille | cardinal | 2000
cinq mille | cinq mille | cardinal | 5000
dix mille | dix mille | cardinal | 10000
cent mille | cent mille | cardinal | 100000
deux cent mille | deux cent mille | cardinal | 200000
deux-cent-mille | deux-cent-mille | cardinal | 200000
cinquante-trois mille deux cent quarante-trois | cinquante-trois mille deux cent quarante-trois | cardinal | 53243
soixante-quinze mille | soixante-quinze mille | cardinal | 75000
un million | un million | cardinal | 1000000
un million deux cent mille | un million deux cent mille | cardinal | 1200000
un million et demi | un million et demi | cardinal | 1500000
deux millions | deux millions | cardinal | 2000000
cinquante et un millions cinq cent soixante-dix-huit mille trois cent deux | cinquante et un millions cinq cent soixante-dix-huit mille trois cent deux | cardinal | 51578302
un milliard | un milliard | cardinal | 1000000000
deux milliards et demi | deux milliards et demi | cardinal | 2500000000
un milliard vingt-cinq millions | un milliard vingt-cinq millions | cardinal | 1025000000
mille milliards | mille milliards | cardinal | 1000000000000
trois et demi | trois et demi | cardinal | 3.5
un et demi | un et demi | cardinal | 1.5
deux virgule cinq | deux virgule cinq | cardinal | 2.5
douze virgule quatre-vingt-dix-neuf | douze virgule quatre-vingt-dix-neuf | cardinal | 12.99
zéro virgule zéro cinq | zéro virgule zéro cinq | cardinal | 0.05
moins cinq degrés | moins cinq degrés | cardinal | -5 |||||degrés
moins 10 | moins 10 | cardinal | -10
Six serveurs | Six serveurs | cardinal | 6 |||||serveurs
quatre pays | quatre pays | cardinal | 4 |||||pays
trois fois | trois fois | cardinal | 3 |||||fois
cent personnes | cent personnes | cardinal | 100 |||||personnes
Vingt-cinq vaches | Vingt-cinq vaches | cardinal | 25 |||||vaches
mille deux cent soixante-six clous | mille deux cent soixante-six clous | cardinal | 1266 |||||clous
un million de personnes | un million de personnes | cardinal | 1000000 |||||personnes
deux millions d'euros | deux millions d'euros | money | 2000000 |||| EUR
# un / une
un | un | cardinal | 1
une | une | cardinal | 1
il en reste un. | un | cardinal | 1
un sur trois | un sur trois | fraction | 0.33333333333333333333
un Français sur trois | un Français sur trois | fraction | 0.33333333333333333333 |||||Français
une personne sur deux | une personne sur deux | fraction | 0.5 |||||personne
9 sur 10 | 9 sur 10 | fraction | 0.9
un euro | un euro | money | 1 |||| EUR
un dollar | un dollar | money | 1 |||| USD
une personne | -
un communiqué | -
dans un communiqué distinct | -
l'un des pirates | -
Une opération menée | -
l'un | -
# approximations
plus de 700.000 ordinateurs | plus de 700.000 ordinateurs | cardinal || 700000 || more_than ||ordinateurs
plus d'un million | plus d'un million | cardinal || 1000000 || more_than
moins de 20 | moins de 20 | cardinal ||| 20 | less_than
moins d'une centaine | moins d'une centaine | cardinal ||| 100 | less_than
au moins 5 | au moins 5 | cardinal || 5 || at_least
au minimum 3 | au minimum 3 | cardinal || 3 || at_least
pas moins de 40 blessés | pas moins de 40 blessés | cardinal || 40 || at_least ||blessés
jusqu'à 10 | jusqu'à 10 | cardinal ||| 10 | at_most
jusqu’à 300 euros | jusqu’à 300 euros | money ||| 300 | at_most | EUR
au plus 7 | au plus 7 | cardinal ||| 7 | at_most
près de 40 % | près de 40 % | percent | 40 ||| about
environ 20 | environ 20 | cardinal | 20 ||| about
environ 20 dollars | environ 20 dollars | money | 20 ||| about | USD
20 dollars environ | 20 dollars environ | money | 20 ||| about | USD
quelque 700.000 machines | quelque 700.000 machines | cardinal | 700000 ||| about ||machines
à peu près 30 | à peu près 30 | cardinal | 30 ||| about
autour de 50 | autour de 50 | cardinal | 50 ||| about
aux alentours de 1 000 euros | aux alentours de 1 000 euros | money | 1000 ||| about | EUR
presque 20 euros | presque 20 euros | money | 20 ||| about | EUR
une dizaine | une dizaine | cardinal | 10 ||| about
une dizaine de blessés | une dizaine de blessés | cardinal | 10 ||| about ||blessés
une vingtaine de pays | une vingtaine de pays | cardinal | 20 ||| about ||pays
une trentaine | une trentaine | cardinal | 30 ||| about
une cinquantaine de serveurs | une cinquantaine de serveurs | cardinal | 50 ||| about ||serveurs
une centaine de manifestants | une centaine de manifestants | cardinal | 100 ||| about ||manifestants
un millier de personnes | un millier de personnes | cardinal | 1000 ||| about ||personnes
une quinzaine de jours | une quinzaine de jours | cardinal | 15 ||| about ||jours
une douzaine | une douzaine | cardinal | 12
deux douzaines | deux douzaines | cardinal | 24
deux centaines | deux centaines | cardinal | 200 ||| about
une dizaine de milliers de personnes | une dizaine de milliers de personnes | cardinal | 10000 ||| about ||personnes
des centaines | des centaines | cardinal || 100 | 1000 | vague
des milliers de manifestants | des milliers de manifestants | cardinal || 1000 | 10000 | vague ||manifestants
des dizaines de milliers | des dizaines de milliers | cardinal || 10000 | 100000 | vague
des centaines de millions de dollars | des centaines de millions de dollars | money || 100000000 | 1000000000 | vague | USD
plusieurs millions d'euros | plusieurs millions d'euros | money || 1000000 | 10000000 | vague | EUR
quelques centaines de mètres | quelques centaines de mètres | cardinal || 100 | 1000 | vague ||mètres
des millions de personnes | des millions de personnes | cardinal || 1000000 | 10000000 | vague ||personnes
plusieurs | -
de nombreux pirates | -
quelques jours | -
# ranges
entre 5 et 10 | entre 5 et 10 | cardinal || 5 | 10
entre 5 et 10 millions d'euros | entre 5 et 10 millions d'euros | money || 5000000 | 10000000 || EUR
entre 500 000 et 1 million | entre 500 000 et 1 million | cardinal || 500000 | 1000000
de 3 à 5 % | de 3 à 5 % | percent || 3 | 5
de 10 à 20 dollars | de 10 à 20 dollars | money || 10 | 20 || USD
5-10 % | 5-10 % | percent || 5 | 10
10–20 € | 10–20 € | money || 10 | 20 || EUR
de deux à trois jours | de deux à trois jours | cardinal || 2 | 3 |||jours
entre 1,5 et 2 milliards | entre 1,5 et 2 milliards | cardinal || 1500000000 | 2000000000
30 à 40 personnes | 30 à 40 personnes | cardinal || 30 | 40 |||personnes
entre 20 % et 30 % | entre 20 % et 30 % | percent || 20 | 30
# percent
12,5 % | 12,5 % | percent | 12.5
12,5% | 12,5% | percent | 12.5
10 pour cent | 10 pour cent | percent | 10
dix pour cent | dix pour cent | percent | 10
cent pour cent | cent pour cent | percent | 100
un pour cent | un pour cent | percent | 1
5 pourcent | 5 pourcent | percent | 5
+3,5 % | +3,5 % | percent | 3.5
une hausse de 0,3 point de pourcentage | 0,3 point de pourcentage | percent | 0.3
2 points de pourcentage | 2 points de pourcentage | percent | 2
25 points de base | 25 points de base | percent | 0.25
plus de 50 % | plus de 50 % | percent || 50 || more_than
trois pour cent | trois pour cent | percent | 3
# money
10 € | 10 € | money | 10 |||| EUR
10€ | 10€ | money | 10 |||| EUR
€10 | €10 | money | 10 |||| EUR
€ 20 | € 20 | money | 20 |||| EUR
$100 | $100 | money | 100 |||| USD
100 $ | 100 $ | money | 100 |||| USD
100 dollars | 100 dollars | money | 100 |||| USD
dix dollars | dix dollars | money | 10 |||| USD
20 euros | 20 euros | money | 20 |||| EUR
vingt euros | vingt euros | money | 20 |||| EUR
£10 | £10 | money | 10 |||| GBP
10 livres sterling | 10 livres sterling | money | 10 |||| GBP
3 millions de livres | 3 millions de livres | money | 3000000 |||| GBP
50 francs suisses | 50 francs suisses | money | 50 |||| CHF
CHF 100 | CHF 100 | money | 100 |||| CHF
100 CHF | 100 CHF | money | 100 |||| CHF
1000 yens | 1000 yens | money | 1000 |||| JPY
300 yuans | 300 yuans | money | 300 |||| CNY
10 dollars canadiens | 10 dollars canadiens | money | 10 |||| CAD
5 dollars australiens | 5 dollars australiens | money | 5 |||| AUD
2 millions de dollars américains | 2 millions de dollars américains | money | 2000000 |||| USD
EUR 20 | EUR 20 | money | 20 |||| EUR
20 EUR | 20 EUR | money | 20 |||| EUR
USD 10 | USD 10 | money | 10 |||| USD
500 USD | 500 USD | money | 500 |||| USD
US$ 5 | US$ 5 | money | 5 |||| USD
5 $US | 5 $US | money | 5 |||| USD
1 000 FCFA | 1 000 FCFA | money | 1000 |||| XOF
5 000 francs CFA | 5 000 francs CFA | money | 5000 |||| XOF
100 k€ | 100 k€ | money | 100000 |||| EUR
100k€ | 100k€ | money | 100000 |||| EUR
5 M€ | 5 M€ | money | 5000000 |||| EUR
1,5 Md€ | 1,5 Md€ | money | 1500000000 |||| EUR
2 Mds$ | 2 Mds$ | money | 2000000000 |||| USD
3 M$ | 3 M$ | money | 3000000 |||| USD
12 mds d'euros | 12 mds d'euros | money | 12000000000 |||| EUR
8,6 millions de dollars | 8,6 millions de dollars | money | 8600000 |||| USD
1,2 milliard d’euros | 1,2 milliard d’euros | money | 1200000000 |||| EUR
15 dollars et 15 cents | 15 dollars et 15 cents | money | 15.15 |||| USD
29 euros et 99 centimes | 29 euros et 99 centimes | money | 29.99 |||| EUR
3 euros 50 | 3 euros 50 | money | 3.5 |||| EUR
3€50 | 3€50 | money | 3.5 |||| EUR
50 centimes | 50 centimes | money | 0.5 |||| EUR
10 cents | 10 cents | money | 0.1 |||| USD
$1,5 milliard | $1,5 milliard | money | 1500000000 |||| USD
100 roubles | 100 roubles | money | 100 |||| RUB
50 dirhams | 50 dirhams | money | 50 |||| MAD
1 000 dinars algériens | 1 000 dinars algériens | money | 1000 |||| DZD
10 couronnes suédoises | 10 couronnes suédoises | money | 10 |||| SEK
200 roupies | 200 roupies | money | 200 |||| INR
¥500 | ¥500 | money | 500 |||| JPY
moins de 20 € | moins de 20 € | money ||| 20 | less_than | EUR
plus de 10 dollars | plus de 10 dollars | money || 10 || more_than | USD
un million d'euros | un million d'euros | money | 1000000 |||| EUR
deux milliards de dollars | deux milliards de dollars | money | 2000000000 |||| USD
1,5 million de francs suisses | 1,5 million de francs suisses | money | 1500000 |||| CHF
# fractions
un tiers | un tiers | fraction | 0.33333333333333333333
deux tiers | deux tiers | fraction | 0.66666666666666666667
trois quarts | trois quarts | fraction | 0.75
un quart | un quart | fraction | 0.25
un demi | un demi | fraction | 0.5
1/4 | 1/4 | fraction | 0.25
3/4 | 3/4 | fraction | 0.75
2/3 | 2/3 | fraction | 0.66666666666666666667
trois cinquièmes | trois cinquièmes | fraction | 0.6
un dixième de la population | un dixième | fraction | 0.1
deux centièmes | deux centièmes | fraction | 0.02
un quart de finale | -
# ordinals
1er | 1er | ordinal | 1
1re | 1re | ordinal | 1
1ère | 1ère | ordinal | 1
2e | 2e | ordinal | 2
2ème | 2ème | ordinal | 2
2nd | 2nd | ordinal | 2
2nde | 2nde | ordinal | 2
3e trimestre | 3e trimestre | ordinal | 3 |||||trimestre
21e | 21e | ordinal | 21
21ème | 21ème | ordinal | 21
XXIe siècle | XXIe siècle | ordinal | 21 |||||siècle
XIXe siècle | XIXe siècle | ordinal | 19 |||||siècle
XVIIIe | XVIIIe | ordinal | 18
au XVIII siècle | XVIII siècle | ordinal | 18 |||||siècle
la IIIe République | IIIe République | ordinal | 3 |||||République
François Ier | Ier | ordinal | 1
premier | premier | ordinal | 1
première | première | ordinal | 1
le premier tour | premier tour | ordinal | 1 |||||tour
deuxième | deuxième | ordinal | 2
troisième | troisième | ordinal | 3
quatrième | quatrième | ordinal | 4
cinquième | cinquième | ordinal | 5
neuvième | neuvième | ordinal | 9
onzième | onzième | ordinal | 11
seizième | seizième | ordinal | 16
dix-septième | dix-septième | ordinal | 17
vingtième | vingtième | ordinal | 20
vingt et unième | vingt et unième | ordinal | 21
vingt-et-unième | vingt-et-unième | ordinal | 21
trente-deuxième | trente-deuxième | ordinal | 32
quatre-vingt-dixième | quatre-vingt-dixième | ordinal | 90
centième | centième | ordinal | 100
millième | millième | ordinal | 1000
la seconde guerre | seconde guerre | ordinal | 2 |||||guerre
le Premier ministre | -
une seconde | -
Derniers commentaires | -
samedi dernier | -
Le chat | -
De Gaulle | -
Ce matin | -
# dates
29/08/2023 | 29/08/2023 | date |||||||2023-08-29
Publié le 29/08/2023 18:33 | 29/08/2023 18:33 | date |||||||2023-08-29T18:33
2023-08-29 | 2023-08-29 | date |||||||2023-08-29
29.08.2023 | 29.08.2023 | date |||||||2023-08-29
le 03/01/24 | 03/01/24 | date |||||||2024-01-03
26 août 2023 | 26 août 2023 | date |||||||2023-08-26
13 mai 2017 | 13 mai 2017 | date |||||||2017-05-13
1er janvier | 1er janvier | date |||||||--01-01
1er janvier 2024 | 1er janvier 2024 | date |||||||2024-01-01
le 14 juillet | 14 juillet | date |||||||--07-14
lundi 3 juin 2024 | lundi 3 juin 2024 | date |||||||2024-06-03
mardi 3 janvier 2017 à 10:30 | mardi 3 janvier 2017 à 10:30 | date |||||||2017-01-03T10:30
3 janv. 2017 | 3 janv. 2017 | date |||||||2017-01-03
mai 2017 | mai 2017 | date |||||||2017-05
en mars 2020 | mars 2020 | date |||||||2020-03
en 2023 | 2023 | date |||||||2023
depuis 2019 | 2019 | date |||||||2019
la loi de 1905 | 1905 | date |||||||1905
d'ici 2030 | 2030 | date |||||||2030
mi-2024 | mi-2024 | date |||||||2024
2007-2025 | 2007-2025 | date |||||||2007/2025
© 2007-2025 - Fusion Media | 2007-2025 | date |||||||2007/2025
entre 2019 et 2023 | entre 2019 et 2023 | date |||||||2019/2023
18:33 | 18:33 | date |||||||T18:33
à 18h30 | 18h30 | date |||||||T18:30
à 18h | 18h | date |||||||T18:00
2000 manifestants | 2000 manifestants | cardinal | 2000 |||||manifestants
les 2000 | 2000 | cardinal | 2000
2000 euros | 2000 euros | money | 2000 |||| EUR
31/02/2023 | -
# numbers inside names, neuf the adjective, second
Windows 10 n'est plus suivi. | -
France 2 a diffusé le débat. | -
La guerre de Cent Ans a duré longtemps. | -
Le groupe a vendu à Renault 12 000 véhicules. | 12 000 véhicules | cardinal | 12000 |||||véhicules
Selon l'Insee 12 % des ménages. | 12 % | percent | 12
rendez-vous à neuf heures | neuf heures | date |||||||T09:00
vers 20 heures 30 | vers 20 heures 30 | date |||||||T20:30
pendant 20 heures | 20 heures | cardinal | 20 |||||heures
une grève de 24 heures à l'appel des syndicats | 24 heures | cardinal | 24 |||||heures
le 5 décembre 2023 à 15 heures | 5 décembre 2023 à 15 heures | date |||||||2023-12-05T15:00
Séance du 7 sept. 2021 | 7 sept. 2021 | date |||||||2021-09-07
Dès 2027, les moteurs | 2027 | date |||||||2027
Mi-2021, la situation | Mi-2021 | date |||||||2021
il est né en mille neuf cent quatre-vingt-quatre | mille neuf cent quatre-vingt-quatre | date |||||||1984
en l'an deux mille | deux mille | date |||||||2000
une hausse de deux mille | deux mille | cardinal | 2000
le quatorze juillet mille sept cent quatre-vingt-neuf | quatorze juillet mille sept cent quatre-vingt-neuf | date |||||||1789-07-14
créé en mai deux mille dix-huit | mai deux mille dix-huit | date |||||||2018-05
Sept mille huit cent quarante-trois électeurs | Sept mille huit cent quarante-trois électeurs | cardinal | 7843 |||||électeurs
il ne reste plus que sept places | sept places | cardinal | 7 |||||places
relever ses taux de 25 à 50 points de base | de 25 à 50 points de base | percent || 0.25 | 0.5
supérieur à 100 et inférieur à 200 euros | supérieur à 100 et inférieur à 200 euros | money || 100 | 200 || EUR
une hausse d'au moins 3 % et d'au plus 5 % | au moins 3 % et d'au plus 5 % | percent || 3 | 5
une prime de 1'000 francs | 1'000 francs | money | 1000 |||| CHF
le prêt à taux zéro | -
Au Cameroun, le litre coûte 840 francs CFA. | 840 francs CFA | money | 840 |||| XAF
À Dakar, le litre coûte 840 francs CFA. | 840 francs CFA | money | 840 |||| XOF
Windows 11 équipe les nouveaux PC | -
L'iPhone 15 sort en boutique. | -
le déploiement de la 5G | -
le club a vendu 1,5 M de maillots | 1,5 M de maillots | cardinal | 1500000 |||||maillots
elle a terminé seconde du slalom | seconde | ordinal | 2
le tiers restant sera versé | le tiers | fraction | 0.33333333333333333333
le dixième des revenus | le dixième | fraction | 0.1
les ¾ des terres | ¾ | fraction | 0.75
assuré au tiers. | -
Le siècle des Lumières | -
il en faut au moins un. | au moins un | cardinal || 1 || at_least
Pas moins 50 maisons | 50 maisons | cardinal | 50 |||||maisons
il a lu un livre | -
une livre de cerises | une livre | money | 1 |||| GBP
une demi-douzaine de policiers | une demi-douzaine de policiers | cardinal | 6 |||||policiers
il est venu avec sa moitié. | -
repartir de zéro | -
à la une | -
450 milliards de FCFA | 450 milliards de FCFA | money | 450000000000 |||| XOF
trois euros vingt au marché | trois euros vingt | money | 3.2 |||| EUR
il n'y est pas allé par quatre chemins | -
le BEL 20 a fini dans le vert | -
il intervient chaque matin sur La Première | -
François Ier a fait construire Chambord | Ier | ordinal | 1
le rapport publié en sept. 2019 | sept. 2019 | date |||||||2019-09
il n'en reste qu'un en détention | un | cardinal | 1
le Boeing 737 MAX est cloué au sol | -
la loi 96 sur la langue française | -
faire les cent pas | -
deux poids, deux mesures | -
Elle en a hébergé neuf. | neuf | cardinal | 9
le plan prévoit neuf TGV sur dix | neuf TGV sur dix | fraction | 0.9 |||||TGV
rien de neuf sous le soleil | -
un moteur neuf et l'électronique | -
il a fini second | second | ordinal | 2
une seconde de retard | -
à 18 h | 18 h | date |||||||T18:00
# other negatives
sur les 170 à l'origine | 170 | cardinal | 170
tout ou partie | -
flambant neuf | -
`

func TestExtractTable(t *testing.T) {
	assert.GreaterOrEqual(t, runRows(t, extractRows), 250)
}

// runRows checks every row of a table in the extractRows format and
// returns the number of rows.
func runRows(t *testing.T, rows string) int {
	n := 0
	for cols := range tableRows(rows, 10) {
		n++
		in := cols[0]
		t.Run(in, func(t *testing.T) {
			q, ok := extractOne(t, in, cols[1])
			if !ok {
				return
			}
			assert.Equal(t, cols[1], q.Text, "text")
			assert.Equal(t, cols[2], q.Kind.String(), "kind")
			assert.Equal(t, cols[3], numString(q.Value), "value")
			assert.Equal(t, cols[4], numString(q.Low), "low")
			assert.Equal(t, cols[5], numString(q.High), "high")
			assert.Equal(t, cols[6], q.Approx.String(), "approx")
			assert.Equal(t, cols[7], q.CurrencyCode(), "currency")
			assert.Equal(t, cols[8], q.Unit, "unit")
			assert.Equal(t, cols[9], q.Date, "date")
		})
	}
	return n
}

// extractOne runs Extract on in and returns its one quantity, checking
// its span; when want is "-", it checks that there is none and returns
// false.
func extractOne(t *testing.T, in, want string) (Quantity, bool) {
	t.Helper()
	got := Extract(in)
	if want == "-" {
		assert.Empty(t, got)
		return Quantity{}, false
	}
	require.Len(t, got, 1, "%+v", got)
	q := got[0]
	assert.Equal(t, in[q.Start:q.End], q.Text, "span")
	return q, true
}

// tableRows yields the rows of a table: its lines that are neither blank
// nor comments (#), split at "|", trimmed and padded to at least width
// columns.
func tableRows(rows string, width int) iter.Seq[[]string] {
	return func(yield func([]string) bool) {
		for line := range strings.Lines(rows) {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			cols := strings.Split(line, "|")
			for i := range cols {
				cols[i] = strings.TrimSpace(cols[i])
			}
			for len(cols) < width {
				cols = append(cols, "")
			}
			if !yield(cols) {
				return
			}
		}
	}
}

// numString renders a value as its JSON number, "" for nil.
func numString(n *Number) string {
	if n == nil {
		return ""
	}
	b, _ := n.MarshalJSON()
	return string(b)
}
