<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;b&gt;channelcompare&lt;/b&gt; {0}&lt;br&gt;&lt;br&gt;Compare email and social campaigns on your own exports, with 95% confidence intervals, and see where social underperforms email.&lt;br&gt;&lt;br&gt;Everything stays on this computer: files are read locally and nothing is sent anywhere.</source>
        <translation>&lt;b&gt;channelcompare&lt;/b&gt; {0}&lt;br&gt;&lt;br&gt;Comparez vos campagnes e-mail et réseaux sociaux à partir de vos propres exports, avec des intervalles de confiance à 95 %, et voyez où les réseaux sociaux font moins bien que l&apos;e-mail.&lt;br&gt;&lt;br&gt;Tout reste sur cet ordinateur : les fichiers sont lus localement et rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>About channelcompare</source>
        <translation>À propos de channelcompare</translation>
    </message>
</context>
<context>
    <name>BusyState</name>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Import de %n fichier…</numerusform>
            <numerusform>Import de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing the channels…</source>
        <translation>Comparaison des canaux…</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <source>Filter campaigns by name, platform, channel or file…</source>
        <extracomment>The columns the user hid (their names), to remember.</extracomment>
        <translation>Filtrer les campagnes par nom, plateforme, canal ou fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign(s)</source>
        <translation>
            <numerusform>%Ln campagne</numerusform>
            <numerusform>%Ln campagnes</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} campaigns</source>
        <translation>{0} campagnes sur {1}</translation>
    </message>
    <message>
        <source>Campaign or post</source>
        <translation>Campagne ou publication</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Sent or posted</source>
        <translation>Envoyé ou publié</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Pro-rated</source>
        <translation>Proratisée</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What the row&apos;s rates are per: delivered emails (else sent) for email, impressions (else reach) for ads, the post&apos;s reach (else impressions) for organic posts, sessions for web traffic.</source>
        <translation>Ce sur quoi portent les taux de la ligne : e-mails délivrés (sinon envoyés) pour l&apos;e-mail, impressions (sinon portée) pour les annonces, portée de la publication (sinon impressions) pour les publications organiques, sessions pour le trafic web.</translation>
    </message>
</context>
<context>
    <name>ChannelCard</name>
    <message>
        <source>Baseline</source>
        <extracomment>Channels listed by name on the share-of-sales card before the rest is summed. Shown only when the channel has a value for them (organic channels have no cost).</extracomment>
        <translation>Référence</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>No reliable interval: {0}</source>
        <extracomment>metric -&gt; the line saying what the rate rests on, when not the card&apos;s whole audience.</extracomment>
        <translation>Pas d&apos;intervalle fiable : {0}</translation>
    </message>
    <message>
        <source>No value for the previous period</source>
        <translation>Pas de valeur pour la période précédente</translation>
    </message>
    <message>
        <source>Change against the previous period of equal length</source>
        <translation>Évolution par rapport à la période précédente de même durée</translation>
    </message>
</context>
<context>
    <name>ChannelRules</name>
    <message>
        <source>Channel rule added: {0}. Edit it in View &gt; Channel rules…</source>
        <translation>Règle de canal ajoutée : {0}. Modifiable dans Affichage &gt; Règles de canaux…</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>{0}: all</source>
        <translation>{0} : tous</translation>
    </message>
    <message>
        <source>{0}: {1} of {2}</source>
        <translation>{0} : {1} sur {2}</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Show all columns</source>
        <translation>Afficher toutes les colonnes</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Drop campaign exports here</source>
        <translation>Déposez vos exports de campagnes ici</translation>
    </message>
    <message>
        <source>Email (Mailchimp, Klaviyo, MailerLite), social (Meta, Facebook, Instagram, LinkedIn, X, TikTok) and sales (Shopify, GA4) exports, as CSV or XLSX: files or whole folders. Nothing leaves this computer.</source>
        <translation>Exports e-mail (Mailchimp, Klaviyo, MailerLite), réseaux sociaux (Meta, Facebook, Instagram, LinkedIn, X, TikTok) et ventes (Shopify, GA4), en CSV ou XLSX : fichiers ou dossiers entiers. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Open sample data</source>
        <translation>Ouvrir les données d&apos;exemple</translation>
    </message>
    <message>
        <source>Load the bundled exports of a fictional candle shop</source>
        <translation>Charger les exports fournis d&apos;une boutique de bougies fictive</translation>
    </message>
</context>
<context>
    <name>ExportContext</name>
    <message>
        <source>Metric: {0}</source>
        <translation>Mesure : {0}</translation>
    </message>
    <message>
        <source>Period: {0} – {1}</source>
        <translation>Période : du {0} au {1}</translation>
    </message>
    <message>
        <source>Made with {0} on {1}</source>
        <translation>Réalisé avec {0} le {1}</translation>
    </message>
</context>
<context>
    <name>ExportFlows</name>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Chart saved to {0}</source>
        <translation>Graphique enregistré dans {0}</translation>
    </message>
    <message>
        <source>Export Excel report</source>
        <translation>Exporter le rapport Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the Excel report…</source>
        <translation>Écriture du rapport Excel…</translation>
    </message>
    <message>
        <source>Report saved to {0}</source>
        <translation>Rapport enregistré dans {0}</translation>
    </message>
    <message>
        <source>Report cancelled; no file was written.</source>
        <translation>Rapport annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>FetchActions</name>
    <message>
        <source>&amp;Fetch from an API (Mailchimp, Meta)…</source>
        <extracomment>Offered reporting currencies (any ECB currency works headless with --currency).</extracomment>
        <translation>&amp;Récupérer depuis une API (Mailchimp, Meta)…</translation>
    </message>
    <message>
        <source>Download campaign results directly; nothing is sent until you press Fetch</source>
        <translation>Télécharger directement les résultats des campagnes ; rien n&apos;est envoyé avant d&apos;appuyer sur Récupérer</translation>
    </message>
    <message>
        <source>Reporting &amp;currency</source>
        <translation>&amp;Devise des rapports</translation>
    </message>
    <message>
        <source>Keep each amount&apos;s own currency</source>
        <translation>Garder la devise de chaque montant</translation>
    </message>
</context>
<context>
    <name>FetchController</name>
    <message>
        <source>A fetch is already running.</source>
        <translation>Une récupération est déjà en cours.</translation>
    </message>
    <message>
        <source>Fetched {0} campaign(s).</source>
        <translation>{0} campagne(s) récupérée(s).</translation>
    </message>
    <message>
        <source>Fetch cancelled. Nothing was changed.</source>
        <translation>Récupération annulée. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>FetchDialog</name>
    <message>
        <source>Fetch from an API</source>
        <extracomment>API address override (self-hosted proxies, tests); None for the service&apos;s own address.</extracomment>
        <translation>Récupérer depuis une API</translation>
    </message>
    <message>
        <source>Remember the key in the system keyring</source>
        <translation>Mémoriser la clé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>API key or token</source>
        <translation>Clé d&apos;API ou jeton</translation>
    </message>
    <message>
        <source>Ad account</source>
        <translation>Compte publicitaire</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>32 characters, then -usN (Account &gt; Extras &gt; API keys)</source>
        <translation>32 caractères, puis -usN (Account &gt; Extras &gt; API keys)</translation>
    </message>
    <message>
        <source>a Marketing API access token with ads_read</source>
        <translation>un jeton d&apos;accès Marketing API avec ads_read</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere until you press Fetch. The key is never written to settings or reports.</source>
        <translation>Rien n&apos;est envoyé tant que vous n&apos;appuyez pas sur Récupérer. La clé n&apos;est jamais écrite dans les réglages ni dans les rapports.</translation>
    </message>
    <message>
        <source>This system has no keyring: the key is kept only until the app closes.</source>
        <translation>Ce système n&apos;a pas de trousseau : la clé n&apos;est gardée que jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Compare with &amp;previous period</source>
        <translation>Comparer à la &amp;période précédente</translation>
    </message>
    <message>
        <source>Pro-&amp;rate</source>
        <translation>&amp;Proratiser</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Campaign or post contains…</source>
        <translation>La campagne ou publication contient…</translation>
    </message>
    <message>
        <source>Also compute the same comparison for the period of equal length just before</source>
        <translation>Calculer aussi la même comparaison sur la période de même durée juste avant</translation>
    </message>
    <message>
        <source>Rows whose period straddles the dates (a monthly export row against half a month) count for their days inside, additive measures only; unchecked, they are left out. Either way the warnings name them.</source>
        <translation>Les lignes dont la période chevauche les dates (une ligne mensuelle face à un demi-mois) comptent pour leurs jours à l&apos;intérieur, mesures additives seulement ; décochée, elles sont laissées de côté. Dans les deux cas, les avertissements les nomment.</translation>
    </message>
    <message>
        <source>Whole period, every channel and platform, no text filter</source>
        <translation>Toute la période, tous les canaux et plateformes, sans filtre de texte</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>What limits these comparisons: read before quoting the figures</source>
        <translation>Ce qui limite ces comparaisons : à lire avant de citer les chiffres</translation>
    </message>
    <message>
        <source>⚠ Caveats about comparing these figures ({0})</source>
        <translation>⚠ Précautions pour comparer ces chiffres ({0})</translation>
    </message>
    <message>
        <source>Store view</source>
        <translation>Vue boutique</translation>
    </message>
</context>
<context>
    <name>FunnelView</name>
    <message>
        <source>From audience to revenue</source>
        <translation>De l&apos;audience au chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>No funnel figures for this selection.</source>
        <translation>Aucun chiffre d&apos;entonnoir pour cette sélection.</translation>
    </message>
    <message>
        <source>Bars compare channels at each stage (longest = largest channel). Under each total: the step rate from the stage before; under revenue: revenue per conversion. Missing stages: the sources do not report them.</source>
        <translation>Les barres comparent les canaux à chaque étape (la plus longue = le plus grand canal). Sous chaque total : le taux de passage depuis l&apos;étape précédente ; sous le chiffre d&apos;affaires : le chiffre d&apos;affaires par conversion. Étapes manquantes : les sources ne les fournissent pas.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Attributed revenue, in the channel&apos;s currency; under it, revenue per conversion.</source>
        <translation>Chiffre d&apos;affaires attribué, dans la devise du canal ; en dessous, le chiffre d&apos;affaires par conversion.</translation>
    </message>
    <message>
        <source>{0} per conversion (of {1})</source>
        <translation>{0} par conversion (sur {1})</translation>
    </message>
    <message>
        <source>{0} of {1} {2}</source>
        <translation>{0} de {1} {2}</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <source>{0}: nothing sent or posted</source>
        <translation>{0} : rien d&apos;envoyé ni de publié</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>channelcompare help</source>
        <extracomment>The metric definitions: resources/docs/metrics.md links to docs/metrics.md, so the package and the bundle carry the same file as the checkout. Platform -&gt; the menu path of the export the app reads (the platform&apos;s own English labels).</extracomment>
        <translation>Aide de channelcompare</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Metric definitions</source>
        <translation>Définitions des mesures</translation>
    </message>
    <message>
        <source>Export each platform&apos;s campaign or post report for the same period, as CSV or XLSX.</source>
        <translation>Exportez le rapport des campagnes ou des publications de chaque plateforme pour la même période, en CSV ou XLSX.</translation>
    </message>
    <message>
        <source>Check the Sources panel: every file shows its platform, channel, rows and period.</source>
        <translation>Vérifiez le panneau Sources : chaque fichier y indique sa plateforme, son canal, ses lignes et sa période.</translation>
    </message>
    <message>
        <source>Drop the files (or their folder) on the window, or use File &gt; Open exports…</source>
        <translation>Déposez les fichiers (ou leur dossier) sur la fenêtre, ou utilisez Fichier &gt; Ouvrir des exports…</translation>
    </message>
    <message>
        <source>Read the Overview; export the Excel report with File &gt; Export Excel report…</source>
        <translation>Lisez la Vue d&apos;ensemble ; exportez le rapport Excel avec Fichier &gt; Exporter le rapport Excel…</translation>
    </message>
    <message>
        <source>From exports to a comparison</source>
        <translation>Des exports à la comparaison</translation>
    </message>
    <message>
        <source>What to export, and where</source>
        <translation>Que faut-il exporter, et où</translation>
    </message>
    <message>
        <source>Menu paths as the platforms name them in English.</source>
        <translation>Chemins des menus tels que les plateformes les nomment en anglais.</translation>
    </message>
    <message>
        <source>Open exports</source>
        <translation>Ouvrir des exports</translation>
    </message>
    <message>
        <source>Export the Excel report</source>
        <translation>Exporter le rapport Excel</translation>
    </message>
    <message>
        <source>Export the chart of the tab shown</source>
        <translation>Exporter le graphique de l&apos;onglet affiché</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Cancel the running import</source>
        <translation>Annuler l&apos;import en cours</translation>
    </message>
    <message>
        <source>Overview, Campaigns, Timing, Trends, Funnel, Sales</source>
        <translation>Vue d&apos;ensemble, Campagnes, Horaires, Tendances, Entonnoir, Ventes</translation>
    </message>
    <message>
        <source>Show or hide the Sources panel</source>
        <translation>Afficher ou masquer le panneau Sources</translation>
    </message>
    <message>
        <source>Copy the selected campaign cells</source>
        <translation>Copier les cellules de campagnes sélectionnées</translation>
    </message>
    <message>
        <source>Copy them with their column headers</source>
        <translation>Les copier avec les en-têtes de colonnes</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Cette aide</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>The full definitions follow, in English, as in docs/metrics.md.</source>
        <translation>Les définitions complètes suivent, en anglais, telles que dans docs/metrics.md.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>No files to import in what was dropped.</source>
        <translation>Aucun fichier à importer dans ce qui a été déposé.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will import when the current import ends.</source>
        <translation>
            <numerusform>%n fichier sera importé à la fin de l&apos;import en cours.</numerusform>
            <numerusform>%n fichiers seront importés à la fin de l&apos;import en cours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n fichier importé.</numerusform>
            <numerusform>%n fichiers importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Import annulé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{0} files could not be imported: {1}. The other files were imported; each failed file shows its reason in the Sources panel.</source>
        <translation>{0} fichiers n&apos;ont pas pu être importés : {1}. Les autres fichiers ont été importés ; chaque fichier en échec indique sa raison dans le panneau Sources.</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Import de %n fichier…</numerusform>
            <numerusform>Import de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Ouvrir le fichier enregistré</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Open the folder the file was saved in</source>
        <translation>Ouvrir le dossier où le fichier a été enregistré</translation>
    </message>
    <message>
        <source>Stop the import (Esc); nothing is changed</source>
        <translation>Arrêter l&apos;import (Échap) ; rien n&apos;est modifié</translation>
    </message>
</context>
<context>
    <name>IssuesDialog</name>
    <message>
        <source>Issues in {0}</source>
        <extracomment>More rejected rows than this are summarised: the dialog must open instantly even for a broken big file.</extracomment>
        <translation>Problèmes dans {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s):</source>
        <translation>
            <numerusform>%Ln avertissement :</numerusform>
            <numerusform>%Ln avertissements :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) could not be read and are left out of the comparison:</source>
        <translation>
            <numerusform>%Ln ligne n&apos;a pas pu être lue et est exclue de la comparaison :</numerusform>
            <numerusform>%Ln lignes n&apos;ont pas pu être lues et sont exclues de la comparaison :</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row was read.</source>
        <translation>Toutes les lignes ont été lues.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Showing the first {0} rejected rows.</source>
        <translation>Affichage des {0} premières lignes rejetées.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Undo {0}</source>
        <extracomment>Tabs by their --tab / settings key, in order (as ui.analysis_pane.VIEWS); Ctrl+1.. select them. What Undo and Redo would do now, as the stack last said (asking a stack being destroyed fails).</extracomment>
        <translation>&amp;Annuler : {0}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rétablir : {0}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Remove &amp;failed files</source>
        <translation>Retirer les fichiers en &amp;échec</translation>
    </message>
    <message>
        <source>Take every file that could not be imported out of the Sources</source>
        <translation>Retirer des sources tous les fichiers qui n&apos;ont pas pu être importés</translation>
    </message>
    <message>
        <source>Channel &amp;rules…</source>
        <translation>&amp;Règles de canaux…</translation>
    </message>
    <message>
        <source>Which source, medium, campaign or discount code belongs to which channel (Sales tab)</source>
        <translation>Quelle source, quel support, quelle campagne ou quel code promo appartient à quel canal (onglet Ventes)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Open exports…</source>
        <translation>&amp;Ouvrir des exports…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translation>Effacer les fichiers récents</translation>
    </message>
    <message>
        <source>Open &amp;sample data</source>
        <translation>Ouvrir les données d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Export Excel report…</source>
        <translation>&amp;Exporter le rapport Excel…</translation>
    </message>
    <message>
        <source>Export &amp;chart as PNG or SVG…</source>
        <translation>Exporter le &amp;graphique en PNG ou SVG…</translation>
    </message>
    <message>
        <source>Export tables as &amp;Parquet…</source>
        <translation>Exporter les tables en &amp;Parquet…</translation>
    </message>
    <message>
        <source>Channel, campaign, timing and trends tables with datapackage.json, for Power BI or DuckDB</source>
        <translation>Tables des canaux, des campagnes, des horaires et des tendances avec datapackage.json, pour Power BI ou DuckDB</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Sources panel</source>
        <translation>Panneau &amp;Sources</translation>
    </message>
    <message>
        <source>Count email &amp;opens as interactions</source>
        <translation>Compter les &amp;ouvertures d&apos;e-mail comme interactions</translation>
    </message>
    <message>
        <source>Opens are inflated by Apple Mail Privacy Protection; by default email interactions are clicks.</source>
        <translation>Les ouvertures sont gonflées par la protection de la confidentialité d&apos;Apple Mail ; par défaut, les interactions e-mail sont les clics.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>&amp;Campagnes</translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation>&amp;Horaires</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>&amp;Tendances</translation>
    </message>
    <message>
        <source>&amp;Funnel</source>
        <translation>&amp;Entonnoir</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>&amp;Ventes</translation>
    </message>
    <message>
        <source>&amp;About channelcompare</source>
        <translation>À &amp;propos de channelcompare</translation>
    </message>
    <message>
        <source>&amp;Guide: what to export, and where</source>
        <translation>&amp;Guide : que faut-il exporter, et où</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Metric definitions</source>
        <translation>Définitions des &amp;mesures</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <extracomment>Tab key (for --tab, Ctrl+1.. and the settings) -&gt; the view class; Campaigns is built here.</extracomment>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Open campaign exports</source>
        <extracomment>A deferred window that is never painted (started minimised) builds its parts after this anyway. The --screenshot run (ui.app), kept alive by the window until it has rendered. The single-instance server (ui.single_instance) that takes files from later starts (ui.app).</extracomment>
        <translation>Ouvrir des exports de campagnes</translation>
    </message>
    <message>
        <source>{0} no longer exists; removed from the recent files.</source>
        <translation>{0} n&apos;existe plus ; retiré des fichiers récents.</translation>
    </message>
    <message>
        <source>channelcompare: email and social compared</source>
        <translation>channelcompare : e-mail et réseaux sociaux comparés</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map the columns of {0}</source>
        <translation>Associer les colonnes de {0}</translation>
    </message>
    <message>
        <source>No importer recognises this file. Say what each column holds; the mapping is remembered for the next file with the same columns.</source>
        <translation>Aucun importateur ne reconnaît ce fichier. Indiquez ce que contient chaque colonne ; l&apos;association est mémorisée pour le prochain fichier ayant les mêmes colonnes.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Import with this mapping</source>
        <translation>Importer avec cette association</translation>
    </message>
    <message>
        <source>Another platform</source>
        <translation>Une autre plateforme</translation>
    </message>
    <message>
        <source>e.g. Brevo campaigns</source>
        <translation>p. ex. campagnes Brevo</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>&amp;Name of this format:</source>
        <translation>&amp;Nom de ce format :</translation>
    </message>
    <message>
        <source>Only one column can be the date.</source>
        <translation>Une seule colonne peut être la date.</translation>
    </message>
    <message>
        <source>— not used —</source>
        <extracomment>The date (or send time) of each row: feeds both start and end.</extracomment>
        <translation>— non utilisée —</translation>
    </message>
    <message>
        <source>Date or send time</source>
        <translation>Date ou heure d&apos;envoi</translation>
    </message>
    <message>
        <source>Campaign or post name</source>
        <translation>Nom de la campagne ou publication</translation>
    </message>
    <message>
        <source>Campaign id</source>
        <translation>Identifiant de campagne</translation>
    </message>
    <message>
        <source>Channel (per row)</source>
        <translation>Canal (par ligne)</translation>
    </message>
    <message>
        <source>Currency (per row)</source>
        <translation>Devise (par ligne)</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Délivrés</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouvertures</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Cost (spend)</source>
        <translation>Coût (dépenses)</translation>
    </message>
</context>
<context>
    <name>OpenedFiles</name>
    <message>
        <source>Put the sample data away</source>
        <translation>Retirer les données d&apos;exemple</translation>
    </message>
    <message>
        <source>Your files replace the sample data (Edit &gt; Undo brings it back).</source>
        <translation>Vos fichiers remplacent les données d&apos;exemple (Édition &gt; Annuler les rétablit).</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Split by &amp;platform</source>
        <extracomment>The user split (or pooled) social channels by platform on the chart.</extracomment>
        <translation>Détailler par &amp;plateforme</translation>
    </message>
    <message>
        <source>Also show each platform of a channel pooled from several (Instagram and Facebook within organic social)</source>
        <translation>Afficher aussi chaque plateforme d&apos;un canal qui en regroupe plusieurs (Instagram et Facebook dans les réseaux sociaux organiques)</translation>
    </message>
    <message>
        <source>Bar chart of the chosen metric per channel</source>
        <translation>Diagramme en barres de l&apos;indicateur choisi par canal</translation>
    </message>
    <message>
        <source>No campaign data for this selection.
Import exports or widen the filters.</source>
        <translation>Aucune donnée de campagne pour cette sélection.
Importez des exports ou élargissez les filtres.</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Every other channel is compared with this one</source>
        <translation>Tous les autres canaux sont comparés à celui-ci</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>{0} (no data)</source>
        <translation>{0} (pas de données)</translation>
    </message>
    <message>
        <source>Period: {0} – {1}</source>
        <translation>Période : {0} – {1}</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>No channel reports both parts of this metric
({0}) in this selection.</source>
        <translation>Aucun canal ne fournit les deux termes de cet indicateur
({0}) dans cette sélection.</translation>
    </message>
    <message>
        <source>Whiskers: 95% interval.</source>
        <translation>Moustaches : intervalle à 95 %.</translation>
    </message>
    <message>
        <source>Dashed lines: {0}.</source>
        <translation>Lignes pointillées : {0}.</translation>
    </message>
</context>
<context>
    <name>ParquetExport</name>
    <message>
        <source>Export tables as Parquet into folder</source>
        <translation>Exporter les tables en Parquet dans le dossier</translation>
    </message>
    <message>
        <source>Writing the Parquet tables…</source>
        <translation>Écriture des tables Parquet…</translation>
    </message>
    <message>
        <source>Parquet tables and datapackage.json saved to {0}</source>
        <translation>Tables Parquet et datapackage.json enregistrés dans {0}</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Channel rules</source>
        <translation>Règles de canaux</translation>
    </message>
    <message>
        <source>Then apply GA4&apos;s default channel grouping (recommended)</source>
        <translation>Appliquer ensuite le regroupement de canaux par défaut de GA4 (recommandé)</translation>
    </message>
    <message>
        <source>Traffic rules: UTM source, medium and campaign (orders, GA4 source / medium)</source>
        <translation>Règles de trafic : source, support et campagne UTM (commandes, source / support GA4)</translation>
    </message>
    <message>
        <source>Your rules are checked first, top to bottom; the first that matches decides. Case and surrounding spaces are ignored. Example: medium is exactly &apos;newsletter&apos; → Email.</source>
        <translation>Vos règles passent en premier, de haut en bas ; la première qui correspond décide. Majuscules et espaces autour sont ignorés. Exemple : support est exactement « newsletter » → E-mail.</translation>
    </message>
    <message>
        <source>Store orders: discount codes, tags and note attributes (Shopify)</source>
        <translation>Commandes de la boutique : codes promo, tags et attributs de note (Shopify)</translation>
    </message>
    <message>
        <source>Checked before an order&apos;s UTMs. Example: codes starting with NL → Email. Orders that no rule claims stay unattributed: they are shown apart, never guessed.</source>
        <translation>Vérifiées avant les UTM de la commande. Exemple : codes commençant par NL → E-mail. Les commandes qu&apos;aucune règle ne revendique restent non attribuées : elles sont montrées à part, jamais devinées.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Try it: type what an order or a GA4 row carries</source>
        <translation>Essayer : saisissez ce que porte une commande ou une ligne GA4</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Medium:</source>
        <translation>Support :</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campagne :</translation>
    </message>
    <message>
        <source>Discount code or tag:</source>
        <translation>Code promo ou tag :</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>la valeur est vide</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a known list of sources (use one of: {1})</source>
        <translation>« {0} » n&apos;est pas une liste de sources connue (utilisez : {1})</translation>
    </message>
    <message>
        <source>Traffic rule {0}: {1}</source>
        <translation>Règle de trafic {0} : {1}</translation>
    </message>
    <message>
        <source>Code rule {0}: {1}</source>
        <translation>Règle de code {0} : {1}</translation>
    </message>
    <message>
        <source>Type a source, medium, campaign or code: the channel it gets and the rule that decides.</source>
        <translation>Saisissez une source, un support, une campagne ou un code : le canal obtenu et la règle qui décide.</translation>
    </message>
    <message>
        <source>code rule: {0} starts with &apos;{1}&apos;</source>
        <translation>la règle de code : {0} commence par « {1} »</translation>
    </message>
    <message>
        <source>no rule matched (GA4: Unassigned)</source>
        <translation>aucune règle (GA4 : Unassigned)</translation>
    </message>
    <message>
        <source>your rule {0}, &apos;{1}&apos;</source>
        <translation>votre règle {0}, « {1} »</translation>
    </message>
    <message>
        <source>GA4 default rule &apos;{0}&apos;</source>
        <translation>la règle GA4 par défaut « {0} »</translation>
    </message>
    <message>
        <source>→ &lt;b&gt;{0}&lt;/b&gt;, decided by {1}</source>
        <translation>→ &lt;b&gt;{0}&lt;/b&gt;, décidé par {1}</translation>
    </message>
</context>
<context>
    <name>SalesSummary</name>
    <message>
        <source>of revenue · {0} of orders</source>
        <translation>du CA · {0} des commandes</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Organic and paid social: their share of all the store&apos;s sales</source>
        <translation>Réseaux sociaux organiques et payants : leur part de toutes les ventes de la boutique</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Newsletters and automations: their share of all the store&apos;s sales</source>
        <translation>Newsletters et automatisations : leur part de toutes les ventes de la boutique</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>{0} orders with no channel signal</source>
        <translation>{0} commandes sans signal de canal</translation>
    </message>
    <message>
        <source>Orders without a discount code, tag or UTM that a rule recognises: never guessed</source>
        <translation>Commandes sans code promo, tag ou UTM reconnu par une règle : jamais devinées</translation>
    </message>
    <message>
        <source>Published figure</source>
        <translation>Chiffre publié</translation>
    </message>
    <message>
        <source>&lt; {0}</source>
        <translation>&lt; {0}</translation>
    </message>
    <message>
        <source>of online orders came from social ({0})</source>
        <translation>des commandes en ligne venaient des réseaux sociaux ({0})</translation>
    </message>
    <message>
        <source>{0} orders / {1} GA4 sessions</source>
        <translation>{0} commandes / {1} sessions GA4</translation>
    </message>
    <message>
        <source>needs GA4 sessions for the same period</source>
        <translation>nécessite les sessions GA4 de la même période</translation>
    </message>
    <message>
        <source>Store orders per GA4 session (Shopify&apos;s definition of conversion rate)</source>
        <translation>Commandes de la boutique par session GA4 (définition du taux de conversion de Shopify)</translation>
    </message>
    <message>
        <source>Store conversion</source>
        <translation>Conversion boutique</translation>
    </message>
    <message>
        <source>No social sales can be told apart in this selection.</source>
        <translation>Aucune vente des réseaux sociaux n&apos;est identifiable dans cette sélection.</translation>
    </message>
    <message>
        <source>Email brought at least {0}.</source>
        <translation>L&apos;e-mail a apporté au moins {0}.</translation>
    </message>
    <message>
        <source>Social brought at least {0} of the store&apos;s revenue this period ({1} of orders).</source>
        <translation>Le social a apporté au moins {0} du chiffre d&apos;affaires de la boutique sur la période ({1} des commandes).</translation>
    </message>
    <message>
        <source>Social brought {0} of the store&apos;s revenue this period ({1} of orders).</source>
        <translation>Les réseaux sociaux ont apporté {0} du CA de la boutique sur la période ({1} des commandes).</translation>
    </message>
    <message>
        <source>Social brought at least {0} of the store&apos;s orders this period.</source>
        <translation>Le social a apporté au moins {0} des commandes de la boutique sur la période.</translation>
    </message>
    <message>
        <source>Social brought {0} of the store&apos;s orders this period.</source>
        <translation>Les réseaux sociaux ont apporté {0} des commandes de la boutique sur la période.</translation>
    </message>
    <message>
        <source>95% interval of its order share: {0} – {1}.</source>
        <translation>Intervalle à 95 % de sa part des commandes : {0} – {1}.</translation>
    </message>
    <message>
        <source>{0} of orders carry no channel signal.</source>
        <translation>{0} des commandes ne portent aucun signal de canal.</translation>
    </message>
    <message>
        <source>GA4&apos;s last-click view gives social {0} of its revenue.</source>
        <translation>Selon GA4 (dernier clic), le social apporte {0} de son chiffre d&apos;affaires.</translation>
    </message>
    <message>
        <source>Published figure: under {0} of online orders ({1}, {2}).</source>
        <translation>Chiffre publié : moins de {0} des commandes en ligne ({1}, {2}).</translation>
    </message>
    <message>
        <source>Email brought {0}.</source>
        <translation>L&apos;e-mail a apporté {0}.</translation>
    </message>
</context>
<context>
    <name>SalesView</name>
    <message>
        <source>Revenue per currency (not converted)</source>
        <translation>CA par devise (non converti)</translation>
    </message>
    <message>
        <source>Claimed by the platforms vs attributed by the store</source>
        <translation>Revendiqué par les plateformes vs attribué par la boutique</translation>
    </message>
    <message>
        <source>No store sales loaded.
Import a Shopify orders export, an orders CSV with utm_source / utm_medium, or a GA4 traffic acquisition export to see which channel really sold.</source>
        <translation>Aucune vente de la boutique chargée.
Importez un export de commandes Shopify, un CSV de commandes avec utm_source / utm_medium, ou un export d&apos;acquisition de trafic GA4 pour voir quel canal a vraiment vendu.</translation>
    </message>
    <message>
        <source>Share of the store&apos;s sales per channel</source>
        <translation>Part des ventes de la boutique par canal</translation>
    </message>
    <message>
        <source>Channel &amp;rules…</source>
        <translation>&amp;Règles de canaux…</translation>
    </message>
    <message>
        <source>Which source, medium, campaign or discount code belongs to which channel</source>
        <translation>Quelle source, quel support, quelle campagne ou quel code promo appartient à quel canal</translation>
    </message>
    <message>
        <source>Add code rules…</source>
        <translation>Ajouter des règles de code…</translation>
    </message>
    <message>
        <source>Map discount codes or order tags to channels</source>
        <translation>Associer des codes promo ou des tags de commande à des canaux</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Shopify orders</source>
        <translation>commandes Shopify</translation>
    </message>
    <message>
        <source>orders file</source>
        <translation>fichier de commandes</translation>
    </message>
    <message>
        <source>GA4</source>
        <translation>GA4</translation>
    </message>
    <message>
        <source>Store view: {0} (no store orders loaded: GA4 revenue per channel group)</source>
        <translation>Vue boutique : {0} (aucune commande chargée : CA GA4 par groupe de canaux)</translation>
    </message>
    <message>
        <source>Store view: {0} · {1} orders · {2}</source>
        <translation>Vue boutique : {0} · {1} commandes · {2}</translation>
    </message>
    <message>
        <source>{0} orders ({1} of the revenue, {2}) carry no channel signal: no discount code, tag or UTM that a rule recognises. They are shown apart and never guessed, so every channel&apos;s share is a lower bound.</source>
        <translation>{0} commandes ({1} du CA, {2}) ne portent aucun signal de canal : ni code promo, ni tag, ni UTM reconnu par une règle. Elles sont montrées à part et jamais devinées : la part de chaque canal est donc un minimum.</translation>
    </message>
    <message>
        <source>Together the platforms claim {0}; the store attributes {1} to the same channels and sold {2} in all. Each platform counts its own conversions within its own attribution window, so the same order is often claimed more than once.</source>
        <translation>Ensemble, les plateformes revendiquent {0} ; la boutique attribue {1} aux mêmes canaux et a vendu {2} en tout. Chaque plateforme compte ses propres conversions dans sa propre fenêtre d&apos;attribution : une même commande est souvent revendiquée plusieurs fois.</translation>
    </message>
</context>
<context>
    <name>SalesWarnings</name>
    <message>
        <source>Check before quoting these figures</source>
        <translation>À vérifier avant de citer ces chiffres</translation>
    </message>
    <message>
        <source>⚠ utm_medium &apos;{0}&apos; ({1} orders, {2}) matches no channel rule, so it counts as unattributed.</source>
        <translation>⚠ utm_medium « {0} » ({1} commandes, {2}) ne correspond à aucune règle de canal : compté comme non attribué.</translation>
    </message>
    <message>
        <source>Add rule: medium &apos;{0}&apos; → {1}</source>
        <translation>Ajouter la règle : support « {0} » → {1}</translation>
    </message>
</context>
<context>
    <name>ShareOfSalesCard</name>
    <message>
        <source>Share of store revenue</source>
        <translation>Part du chiffre d&apos;affaires de la boutique</translation>
    </message>
    <message>
        <source>Store view: {0}</source>
        <translation>Vue boutique : {0}</translation>
    </message>
    <message>
        <source>No channel signal</source>
        <translation>Aucun signal de canal</translation>
    </message>
    <message>
        <source>{0} orders, {1}</source>
        <translation>{0} commandes, {1}</translation>
    </message>
    <message>
        <source>Published: social {0} of orders ({1})</source>
        <translation>Publié : réseaux sociaux {0} des commandes ({1})</translation>
    </message>
</context>
<context>
    <name>SourceEdits</name>
    <message>
        <source>Remove {0}</source>
        <translation>Retirer {0}</translation>
    </message>
    <message>
        <source>Remove failed files</source>
        <translation>Retirer les fichiers en échec</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <source>Remove this source from the comparison</source>
        <translation>Retirer cette source de la comparaison</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Retirer {0}</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>The channel this file&apos;s rows count towards</source>
        <translation>Le canal auquel comptent les lignes de ce fichier</translation>
    </message>
    <message>
        <source>{0} (as imported)</source>
        <translation>{0} (tel qu&apos;importé)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected or warning(s): click to see them</source>
        <translation>
            <numerusform>%Ln ligne rejetée ou avertissement : cliquez pour voir</numerusform>
            <numerusform>%Ln lignes rejetées ou avertissements : cliquez pour les voir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message numerus="yes">
        <source>Sources (%n)</source>
        <translation>
            <numerusform>Sources (%n)</numerusform>
            <numerusform>Sources (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Import more exports (Ctrl+O), or drop them on the window</source>
        <translation>Importer d&apos;autres exports (Ctrl+O), ou les déposer sur la fenêtre</translation>
    </message>
</context>
<context>
    <name>TimingView</name>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>By send or post time (as exported). Hover a cell for its counts.</source>
        <translation>Selon l&apos;heure d&apos;envoi ou de publication (telle qu&apos;exportée). Survolez une case pour voir ses effectifs.</translation>
    </message>
    <message>
        <source>{0} by weekday and hour: {1}</source>
        <translation>{0} par jour de la semaine et heure : {1}</translation>
    </message>
    <message>
        <source>No {0} values by time for this channel.</source>
        <translation>Aucune valeur de {0} par horaire pour ce canal.</translation>
    </message>
    <message>
        <source>Best slot with at least two sends: {0} {1}:00 ({2})</source>
        <translation>Meilleur créneau avec au moins deux envois : {0} {1} h ({2})</translation>
    </message>
    <message>
        <source>No send or post times in the loaded sources.
Timing needs exports that carry the date and hour of each send or post (Mailchimp campaigns, Facebook or Instagram posts, LinkedIn, X, TikTok).</source>
        <translation>Aucune heure d&apos;envoi ou de publication dans les sources chargées.
Les horaires demandent des exports qui portent la date et l&apos;heure de chaque envoi ou publication (campagnes Mailchimp, publications Facebook ou Instagram, LinkedIn, X, TikTok).</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>&amp;Metric:</source>
        <extracomment>Beyond this many weeks the date axis picks its own ticks (months). Seconds in one period of each bucket, for the margins of the date axis.</extracomment>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>&amp;Par :</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Not drawn, their rows are longer than one period: {0}.</source>
        <translation>Non tracées, leurs lignes couvrent plus d&apos;une période : {0}.</translation>
    </message>
    <message>
        <source>No weekly figures for this selection.
Trends need dated campaigns or posts.</source>
        <translation>Aucun chiffre hebdomadaire pour cette sélection.
Les tendances demandent des campagnes ou publications datées.</translation>
    </message>
    <message>
        <source>{0} per day</source>
        <translation>{0} par jour</translation>
    </message>
    <message>
        <source>{0} per month</source>
        <translation>{0} par mois</translation>
    </message>
    <message>
        <source>{0} per week</source>
        <translation>{0} par semaine</translation>
    </message>
    <message>
        <source>Month of {0}</source>
        <translation>Mois du {0}</translation>
    </message>
    <message>
        <source>Week of {0}</source>
        <translation>Semaine du {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campagne</numerusform>
            <numerusform>%n campagnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Change the channel of {0}</source>
        <extracomment>(position in the list, source) of what is removed, in list order.</extracomment>
        <translation>Changer le canal de {0}</translation>
    </message>
    <message>
        <source>Change the channel rules</source>
        <translation>Modifier les règles de canal</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>Open &amp;workspace…</source>
        <translation>Ouvrir un &amp;espace de travail…</translation>
    </message>
    <message>
        <source>Save workspace &amp;as…</source>
        <translation>Enregistrer l&apos;espace de travail &amp;sous…</translation>
    </message>
    <message>
        <source>Recent wor&amp;kspaces</source>
        <translation>Espaces de travail réc&amp;ents</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>Enregistrer l&apos;espace de travail sous</translation>
    </message>
    <message>
        <source>Workspace: {0}</source>
        <translation>Espace de travail : {0}</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <source>Other channels</source>
        <translation>Autres canaux</translation>
    </message>
    <message>
        <source>Revenue / 1,000</source>
        <translation>CA / 1 000</translation>
    </message>
    <message>
        <source>Cost / conversion</source>
        <translation>Coût / conversion</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>campagnes</translation>
    </message>
    <message>
        <source>campaign-days</source>
        <translation>jours-campagne</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>publications</translation>
    </message>
    <message>
        <source>post-days</source>
        <translation>jours-publication</translation>
    </message>
    <message>
        <source>sends</source>
        <translation>envois</translation>
    </message>
    <message>
        <source>flows</source>
        <translation>flux</translation>
    </message>
    <message>
        <source>traffic rows</source>
        <translation>lignes de trafic</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <source>campaign-day</source>
        <translation>jour-campagne</translation>
    </message>
    <message>
        <source>post</source>
        <translation>publication</translation>
    </message>
    <message>
        <source>post-day</source>
        <translation>jour-publication</translation>
    </message>
    <message>
        <source>send</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>flux</translation>
    </message>
    <message>
        <source>traffic row</source>
        <translation>ligne de trafic</translation>
    </message>
    <message>
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>Reach summed over posts or ads: people reached by several count several times, so this is not a count of unique people.</source>
        <translation>Portée additionnée sur les publications ou les annonces : une personne touchée par plusieurs compte plusieurs fois, ce n&apos;est donc pas un nombre de personnes uniques.</translation>
    </message>
    <message>
        <source>of {0} · {1} {2}</source>
        <translation>sur {0} · {1} {2}</translation>
    </message>
</context>
<context>
    <name>channels</name>
    <message>
        <source>Email</source>
        <extracomment>Text and chrome colours for a light background.</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Email automation</source>
        <translation>E-mails automatisés</translation>
    </message>
    <message>
        <source>Retargeted email</source>
        <translation>E-mails de relance</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Organic social</source>
        <translation>Réseaux sociaux organiques</translation>
    </message>
    <message>
        <source>Paid social</source>
        <translation>Réseaux sociaux payants</translation>
    </message>
    <message>
        <source>Paid search</source>
        <translation>Recherche payante</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Organic search</source>
        <translation>Recherche naturelle</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Sites référents</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>95% interval: {0} – {1}</source>
        <extracomment>Metrics that make sense as bars (audience is a size, not a performance). Benchmark channels that apply whatever channels are shown.</extracomment>
        <translation>Intervalle à 95 % : {0} – {1}</translation>
    </message>
    <message>
        <source>over {0} {1}</source>
        <translation>sur {0} {1}</translation>
    </message>
    <message>
        <source>Previous period: {0}</source>
        <translation>Période précédente : {0}</translation>
    </message>
    <message>
        <source>not drawn: {0} ({1})</source>
        <translation>non tracé : {0} ({1})</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>Not enough data for a verdict</source>
        <extracomment>The sentence in the interface&apos;s language when it is not the engine&apos;s English one.</extracomment>
        <translation>Pas assez de données pour conclure</translation>
    </message>
    <message>
        <source>ratio {0}</source>
        <translation>rapport {0}</translation>
    </message>
    <message>
        <source>between campaigns {0}</source>
        <translation>entre campagnes {0}</translation>
    </message>
    <message>
        <source>p {0}</source>
        <translation>p {0}</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>non significatif</translation>
    </message>
    <message>
        <source>Social below email</source>
        <translation>Réseaux sociaux sous l&apos;e-mail</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>95% CI {0} – {1}</source>
        <extracomment>Languages that put a (narrow no-break) space before the percent sign.</extracomment>
        <translation>IC 95 % {0} – {1}</translation>
    </message>
</context>
<context>
    <name>funnel</name>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
</context>
<context>
    <name>metrics</name>
    <message>
        <source>Audience</source>
        <extracomment>Metrics the cards show, in order (cost per conversion only where known).</extracomment>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Taux de clics</translation>
    </message>
    <message>
        <source>Interaction rate</source>
        <translation>Taux d&apos;interaction</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Taux d&apos;ouverture</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>Click-to-conversion</source>
        <translation>Conversion des clics</translation>
    </message>
    <message>
        <source>Revenue per 1,000</source>
        <translation>CA pour 1 000</translation>
    </message>
    <message>
        <source>Cost per conversion</source>
        <translation>Coût par conversion</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>délivrés</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyés</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>touchés</translation>
    </message>
    <message>
        <source>impressions</source>
        <translation>impressions</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Mapped columns</source>
        <translation>Colonnes associées</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Overlapping export</source>
        <translation>Export en double</translation>
    </message>
    <message>
        <source>{0} repeats data already in this workspace.</source>
        <translation>{0} reprend des données déjà présentes dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Replace the older rows</source>
        <translation>Remplacer les anciennes lignes</translation>
    </message>
    <message>
        <source>Keep the older rows</source>
        <translation>Garder les anciennes lignes</translation>
    </message>
    <message>
        <source>Keep both (counts twice)</source>
        <translation>Garder les deux (compté deux fois)</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>est exactement</translation>
    </message>
    <message>
        <source>is one of (a|b|c)</source>
        <translation>est l&apos;un de (a|b|c)</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>se termine par</translation>
    </message>
    <message>
        <source>matches the pattern (regex)</source>
        <translation>correspond au motif (regex)</translation>
    </message>
    <message>
        <source>is a known source of the list</source>
        <translation>est une source connue de la liste</translation>
    </message>
    <message>
        <source>Discount code</source>
        <translation>Code promo</translation>
    </message>
    <message>
        <source>Order tag</source>
        <translation>Tag de commande</translation>
    </message>
    <message>
        <source>Note attribute</source>
        <translation>Attribut de note</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Commence par</translation>
    </message>
</context>
<context>
    <name>sales</name>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>The channel the rules give each order (discount code first, then its UTMs)</source>
        <translation>Le canal que les règles donnent à chaque commande (code promo d&apos;abord, puis ses UTM)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Store orders, each counted once, refunds netted</source>
        <translation>Commandes de la boutique, chacune comptée une fois, remboursements déduits</translation>
    </message>
    <message>
        <source>% of
orders</source>
        <translation>% des
commandes</translation>
    </message>
    <message>
        <source>Share of all the store&apos;s orders, unattributed ones included</source>
        <translation>Part de toutes les commandes de la boutique, non attribuées comprises</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Store revenue after refunds</source>
        <translation>CA de la boutique après remboursements</translation>
    </message>
    <message>
        <source>% of
revenue</source>
        <translation>% du
CA</translation>
    </message>
    <message>
        <source>Share of all the store&apos;s revenue, unattributed revenue included</source>
        <translation>Part de tout le CA de la boutique, CA non attribué compris</translation>
    </message>
    <message>
        <source>GA4
sessions</source>
        <translation>Sessions
GA4</translation>
    </message>
    <message>
        <source>Sessions in GA4&apos;s traffic acquisition report</source>
        <translation>Sessions du rapport d&apos;acquisition de trafic GA4</translation>
    </message>
    <message>
        <source>GA4 key-
event rate</source>
        <translation>Taux d&apos;év.
clés GA4</translation>
    </message>
    <message>
        <source>GA4 key events / sessions of the channel</source>
        <translation>Événements clés GA4 / sessions du canal</translation>
    </message>
    <message>
        <source>GA4 % of
revenue</source>
        <translation>% du CA
GA4</translation>
    </message>
    <message>
        <source>GA4&apos;s own view: the channel&apos;s share of GA4 revenue (session last click)</source>
        <translation>La vue de GA4 : part du canal dans le CA GA4 (dernier clic de la session)</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>All store sales</source>
        <translation>Toutes les ventes</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>The platform that claims the revenue, and the channel it belongs to</source>
        <translation>La plateforme qui revendique le CA, et son canal</translation>
    </message>
    <message>
        <source>Attribution
window</source>
        <translation>Fenêtre
d&apos;attribution</translation>
    </message>
    <message>
        <source>How the platform decides that an order is its own, as exported</source>
        <translation>Comment la plateforme décide qu&apos;une commande est la sienne, telle qu&apos;exportée</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Revendiqué</translation>
    </message>
    <message>
        <source>Revenue and conversions the platform reports</source>
        <translation>CA et conversions déclarés par la plateforme</translation>
    </message>
    <message>
        <source>Store
attributes</source>
        <translation>Attribué par
la boutique</translation>
    </message>
    <message>
        <source>Revenue and orders the store&apos;s channel rules give this channel</source>
        <translation>CA et commandes que les règles de canaux de la boutique donnent à ce canal</translation>
    </message>
    <message>
        <source>GA4
revenue</source>
        <translation>CA
GA4</translation>
    </message>
    <message>
        <source>GA4&apos;s revenue for the channel (session last click), when GA4 is loaded</source>
        <translation>CA GA4 du canal (dernier clic de la session), si GA4 est chargé</translation>
    </message>
    <message>
        <source>Claimed vs
store</source>
        <translation>Revendiqué vs
boutique</translation>
    </message>
    <message>
        <source>Claimed revenue / the store&apos;s revenue for the channel</source>
        <translation>CA revendiqué / CA de la boutique pour ce canal</translation>
    </message>
    <message>
        <source>not in the export</source>
        <translation>absente de l&apos;export</translation>
    </message>
    <message>
        <source>{0}
1 conversion</source>
        <translation>{0}
1 conversion</translation>
    </message>
    <message>
        <source>{0}
{1} conversions</source>
        <translation>{0}
{1} conversions</translation>
    </message>
    <message>
        <source>{0}
1 order</source>
        <translation>{0}
1 commande</translation>
    </message>
    <message>
        <source>{0}
{1} orders</source>
        <translation>{0}
{1} commandes</translation>
    </message>
    <message>
        <source>The export states no currency: read as the store&apos;s ({0}).</source>
        <translation>L&apos;export n&apos;indique pas de devise : lue comme celle de la boutique ({0}).</translation>
    </message>
    <message>
        <source>Over-claims {0}</source>
        <translation>Surdéclare {0}</translation>
    </message>
    <message>
        <source>Over-claims: store sees none</source>
        <translation>Surdéclare : rien côté boutique</translation>
    </message>
    <message>
        <source>Not compared: claim in {0}, store in {1}</source>
        <translation>Non comparé : déclaré en {0}, boutique en {1}</translation>
    </message>
    <message>
        <source>Within ({0})</source>
        <translation>Cohérent ({0})</translation>
    </message>
    <message>
        <source>The platform claims {0} the revenue the store attributes to this channel.</source>
        <translation>La plateforme revendique {0} le CA que la boutique attribue à ce canal.</translation>
    </message>
    <message>
        <source>The platform claims revenue; the store attributes none to this channel.</source>
        <translation>La plateforme revendique du CA ; la boutique n&apos;en attribue aucun à ce canal.</translation>
    </message>
    <message>
        <source>Claimed revenue / the store&apos;s revenue for the channel.</source>
        <translation>CA revendiqué / CA de la boutique pour ce canal.</translation>
    </message>
</context>
<context>
    <name>timing</name>
    <message>
        <source>Sends or posts</source>
        <translation>Envois ou publications</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
</context>
</TS>
