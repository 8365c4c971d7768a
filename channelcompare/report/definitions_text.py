"""The Definitions sheet's prose: metric formulas in French and the statistical method in both languages.

The English metric texts come from `channelcompare.metrics` itself (the one definition of each metric);
only their French translations live here, keyed by metric name. The method paragraphs describe what
`channelcompare.stats` and `channelcompare.compare` do; change them together.
"""

from __future__ import annotations

from typing import Final

#: metric name -> (formula, description) in French.
METRIC_TEXT_FR: Final[dict[str, tuple[str, str]]] = {
    "audience": (
        "délivrés (sinon envoyés) | couverture (sinon impressions) | sessions",
        "Personnes atteintes par le canal : e-mails délivrés (sinon envoyés) pour l'e-mail et le SMS, "
        "couverture (sinon impressions) pour le social et la publicité, sessions pour le trafic web. "
        "La base utilisée est indiquée avec le nombre.",
    ),
    "click_rate": (
        "clics / audience",
        "Clics uniques (clics sur lien pour la publicité) par personne atteinte.",
    ),
    "interaction_rate": (
        "interactions / audience",
        "Social : interactions de la plateforme par personne atteinte. E-mail : clics uniques par e-mail "
        "délivré (les ouvertures seulement sur demande, car elles sont gonflées).",
    ),
    "open_rate": ("ouvertures / audience", "Ouvertures uniques par e-mail délivré (e-mail seulement)."),
    "conversion_rate": (
        "conversions / audience",
        "Conversions (achats attribués par la source ; commandes quand la source ne donne pas de "
        "conversions) par personne atteinte.",
    ),
    "click_to_conversion": (
        "conversions / clics",
        "Conversions par clic : la capacité du canal à transformer ses clics en ventes.",
    ),
    "revenue_per_1000": (
        "1000 × chiffre d'affaires / audience",
        "Chiffre d'affaires attribué pour 1 000 personnes atteintes, dans la devise.",
    ),
    "cost_per_conversion": (
        "coût / conversions",
        "Dépense (plus le coût d'effort saisi) par conversion. Plus bas, c'est mieux.",
    ),
    "roas": (
        "chiffre d'affaires / coût",
        "Chiffre d'affaires attribué par unité dépensée (plus l'effort saisi).",
    ),
}

MPP_FLAG_FR: Final = (
    "Les ouvertures sont gonflées par la protection de la confidentialité d'Apple Mail (depuis septembre "
    "2021, chaque destinataire Apple Mail enregistre une ouverture) : le taux d'ouverture surestime la lecture."
)

METHODS: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "Every metric is a ratio of two summed measures, computed only over the rows where both are known "
        "(a missing measure is never counted as 0).",
        "Interval of a rate: 95% Wilson score interval on the pooled counts of the channel.",
        "Channel against baseline: ratio of the two rates with the Katz log 95% interval (0.5 added to "
        "every count when a count is 0), and the two-sided pooled two-proportion z-test.",
        "Several comparisons are made at once, so p-values are adjusted with Holm's step-down method; "
        "a difference is called significant when the adjusted p-value is below 0.05.",
        "Campaigns vary far more than chance alone would make them vary, so the ratio also gets a "
        "campaign-level interval: a seeded bootstrap over campaigns (2,000 draws), or its cluster-robust "
        "linearisation for more than 2,000 campaigns; it needs at least 3 campaigns on each side.",
        "Amounts in different currencies are never added unconverted; conversions use the European "
        "Central Bank's daily reference rate of each amount's date.",
        "Platforms attribute conversions with different windows (e.g. Meta: 7-day click, 1-day view; "
        "Klaviyo: 5 days after an open or click): compare conversion figures across channels with that in mind.",
    ),
    "fr": (
        "Chaque indicateur est le rapport de deux mesures additionnées, calculé seulement sur les lignes où "
        "les deux sont connues (une mesure absente n'est jamais comptée comme 0).",
        "Intervalle d'un taux : intervalle de score de Wilson à 95 % sur les effectifs cumulés du canal.",
        "Canal face à la référence : rapport des deux taux avec l'intervalle logarithmique de Katz à 95 % "
        "(0,5 ajouté à chaque effectif quand un effectif est nul), et test z bilatéral de deux proportions "
        "(variance poolée).",
        "Plusieurs comparaisons sont faites à la fois : les p-valeurs sont ajustées par la méthode "
        "séquentielle de Holm ; une différence est dite significative quand la p-valeur ajustée est "
        "inférieure à 0,05.",
        "Les campagnes varient bien plus que le seul hasard ne le ferait : le rapport reçoit aussi un "
        "intervalle au niveau des campagnes, par bootstrap des campagnes (2 000 tirages, graine fixe), ou "
        "sa linéarisation robuste par grappes au-delà de 2 000 campagnes ; il faut au moins 3 campagnes de "
        "chaque côté.",
        "Des montants en devises différentes ne sont jamais additionnés sans conversion ; la conversion "
        "utilise le cours de référence quotidien de la Banque centrale européenne à la date de chaque montant.",
        "Les plateformes attribuent les conversions avec des fenêtres différentes (Meta : 7 jours après "
        "clic, 1 jour après vue ; Klaviyo : 5 jours après ouverture ou clic) : comparez les conversions "
        "entre canaux en le gardant à l'esprit.",
    ),
}
