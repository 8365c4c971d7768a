"""Meta Ads Manager column names in every UI language we know (EN Title Case and sentence case, FR, ES,
IT, PT, DE). Matching ignores case, so `Amount Spent (USD)` (2017) and `Amount spent (USD)` are one name.

Verbatim from real exports or independent parsers (docs/formats.md cites them): the English names, the
French spend, dates, names, reach, clicks and commerce columns, the Spanish, Italian and Portuguese spend,
name, reach and click columns. The remaining localised names are Meta's usual translations, not yet seen
in a file: a file that uses another word for them imports with that measure missing, never wrong.
"""

from __future__ import annotations

import re
from typing import Final

#: The spend column carries the account currency: `Amount spent (EUR)`, `Montant dépensé (EUR)`...
#: Matched against the normalised (casefolded, single-spaced) header cell.
SPEND: Final = re.compile(
    r"(?:amount spent|montant dépensé|importe gastado|importo speso|valor usado|valor gasto"
    r"|ausgegebener betrag|витрачена сума)(?: \((?P<currency>[a-z]{3})\))?"
)

STARTS: Final = (
    "Reporting starts",
    "Début des rapports",
    "Inicio del informe",
    "Inizio dei report",
    "Início dos relatórios",
    "Berichtsbeginn",
)

NAMES: Final[dict[str, tuple[str, ...]]] = {
    "start": STARTS,
    "end": (
        "Reporting ends",
        "Fin des rapports",
        "Fin del informe",
        "Fine dei report",
        "Término dos relatórios",
        "Berichtsende",
    ),
    "day": ("Day", "Jour", "Día", "Giorno", "Dia", "Tag"),
    "campaign_name": (
        "Campaign name",
        "Nom de la campagne",
        "Nombre de la campaña",
        "Nome della campagna",
        "Nome da campanha",
        "Kampagnenname",
    ),
    "campaign_id": (
        "Campaign ID",
        "Identifiant de la campagne",
        "ID de la campagne",
        "Identificador de la campaña",
        "ID de la campaña",
        "ID della campagna",
        "ID da campanha",
        "Kampagnen-ID",
    ),
    "adset_name": (
        "Ad set name",
        "Nom de l'ensemble de publicités",
        "Nombre del conjunto de anuncios",
        "Nome del gruppo di inserzioni",
        "Nome do conjunto de anúncios",
        "Name der Anzeigengruppe",
    ),
    "adset_id": (
        "Ad set ID",
        "Identifiant de l'ensemble de publicités",
        "Identificador del conjunto de anuncios",
        "ID del gruppo di inserzioni",
        "ID do conjunto de anúncios",
        "Anzeigengruppen-ID",
    ),
    "ad_name": (
        "Ad name",
        "Nom de la publicité",
        "Nombre del anuncio",
        "Nome dell'inserzione",
        "Nome do anúncio",
        "Anzeigenname",
    ),
    "ad_id": (
        "Ad ID",
        "Identifiant de la publicité",
        "Identificador del anuncio",
        "ID dell'inserzione",
        "ID do anúncio",
        "Anzeigen-ID",
    ),
    "impressions": ("Impressions", "Impresiones", "Impression", "Impressões", "Impressionen"),
    "reach": ("Reach", "Couverture", "Alcance", "Copertura", "Reichweite"),
    "clicks": (
        "Link clicks",
        "Clics sur un lien",
        "Clics en el enlace",
        "Clic sul link",
        "Cliques no link",
        "Link-Klicks",
    ),
    "clicks_all": (
        "Clicks (all)",
        "Clics (tous)",
        "Clics (todos)",
        "Clic (tutti)",
        "Cliques (todos)",
        "Klicks (alle)",
    ),
    "engagements": (
        "Post engagements",
        "Post engagement",  # 2017 Title Case exports
        "Interactions avec la publication",
        "Interacciones con la publicación",
        "Interazioni con il post",
        "Engajamento com a publicação",
        "Beitragsinteraktionen",
    ),
    "purchases": ("Purchases", "Achats", "Compras", "Acquisti", "Käufe"),
    "purchase_value": (
        "Purchases conversion value",
        "Purchase conversion value",
        "Valeur de conversion des achats",
        "Valor de conversión de compras",
        "Valore di conversione degli acquisti",
        "Valor de conversão de compras",
        "Conversionswert für Käufe",
    ),
    "roas": (
        "Purchase ROAS (return on ad spend)",
        "ROAS (retour sur les dépenses publicitaires) des achats",
        "ROAS de compras (retorno de la inversión publicitaria)",
        "ROAS (ritorno sulla spesa pubblicitaria) degli acquisti",
        "ROAS de compras (retorno do investimento em publicidade)",
    ),
    "results": ("Results", "Résultats", "Resultados", "Risultati", "Ergebnisse"),
    "result_indicator": (
        "Result indicator",
        "Indicateur de résultats",
        "Indicador de resultado",
        "Indicatore di risultato",
        "Indicador de resultados",
        "Ergebnisindikator",
    ),
    "result_type": (
        "Result type",
        "Type de résultat",
        "Tipo de resultado",
        "Tipo di risultato",
        "Ergebnistyp",
    ),
    "attribution": (
        "Attribution setting",
        "Paramètre d'attribution",
        "Configuración de atribución",
        "Impostazione di attribuzione",
        "Configuração de atribuição",
        "Attributionseinstellung",
    ),
    "platform": ("Platform", "Plateforme", "Plataforma", "Piattaforma", "Plattform"),
    "currency": ("Currency", "Devise", "Moneda", "Valuta", "Moeda", "Währung"),
}
