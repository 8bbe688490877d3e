<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiRequest</name>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="106"/>
        <source>Internal error: no network access for the %1.</source>
        <translation>Erreur interne&#xa0;: aucun accès réseau pour la %1.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="127"/>
        <location filename="../src/core/net/apirequest.cpp" line="284"/>
        <source>The %1 was cancelled.</source>
        <translation>La %1 a été annulée.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="152"/>
        <source>The network access for the %1 was shut down.</source>
        <translation>L&apos;accès réseau pour la %1 a été coupé.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="290"/>
        <source>The answer of %1 to the %2 was larger than %3 MiB and was stopped.</source>
        <translation>%1&#xa0;: la réponse à la %2 dépassait %3 Mio et a été interrompue.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="313"/>
        <source>%1 did not answer the %2 within %3 s.</source>
        <translation>%1 n&apos;a pas répondu à la %2 en moins de %3 s.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="319"/>
        <source>The connection to %1 closed before it answered the %2.</source>
        <translation>%1&#xa0;: la connexion a été fermée avant la réponse à la %2.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="324"/>
        <source>Could not reach %1 for the %2</source>
        <translation>%1 injoignable pour la %2</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="333"/>
        <source>%1 sent an unreadable answer to the %2 (invalid JSON: %3).</source>
        <translation>%1 a envoyé une réponse illisible à la %2 (JSON non valide&#xa0;: %3).</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="343"/>
        <source>%1 answered the %2 with the unexpected HTTP status %3.</source>
        <translation>%1 a répondu à la %2 avec le statut HTTP inattendu %3.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="374"/>
        <source>%1 redirected the %2 without saying where to (HTTP %3).</source>
        <translation>%1 a redirigé la %2 sans indiquer de destination (HTTP %3).</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="382"/>
        <source>%1 redirected the %2 more than %3 times; stopped.</source>
        <translation>%1 a redirigé la %2 plus de %3 fois&#xa0;; abandon.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="395"/>
        <source>%1 redirected the %2 to %3, which is not allowed. %4</source>
        <translation>%1 a redirigé la %2 vers %3, ce qui n&apos;est pas autorisé. %4</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="431"/>
        <source>%1 rejected the API key (%2). Check the key in Settings.</source>
        <translation>%1 a refusé la clé d&apos;API (%2). Vérifiez la clé dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="436"/>
        <source>%1 refused the %2 for lack of credits (%3)</source>
        <translation>%1 a refusé la %2 faute de crédits (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="442"/>
        <source>%1 is limiting the request rate (429); try again in a moment</source>
        <translation>%1 limite le débit des requêtes (429)&#xa0;; réessayez dans un instant</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="453"/>
        <source>Server error (HTTP %1)</source>
        <translation>Erreur du serveur (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="454"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="457"/>
        <source>%1 rejected the %2 (%3)</source>
        <translation>%1 a refusé la %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="509"/>
        <source>The server</source>
        <translation>Le serveur</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="514"/>
        <source>request</source>
        <translation>requête</translation>
    </message>
</context>
<context>
    <name>BeforeAfterView</name>
    <message>
        <location filename="../src/gui/widgets/beforeafteroverlay.cpp" line="75"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafteroverlay.cpp" line="75"/>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="63"/>
        <source>Sketch</source>
        <translation>Croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="60"/>
        <source>Before and after comparison</source>
        <translation>Comparaison avant/après</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="65"/>
        <location filename="../src/gui/widgets/beforeafterviewpaint.cpp" line="152"/>
        <location filename="../src/gui/widgets/beforeafterviewpaint.cpp" line="154"/>
        <location filename="../src/gui/widgets/beforeafterviewpaint.cpp" line="165"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="73"/>
        <source>Opacity of the result over the sketch</source>
        <translation>Opacité du résultat sur le croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterviewpaint.cpp" line="77"/>
        <source>Nothing to compare yet</source>
        <translation>Rien à comparer pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterviewpaint.cpp" line="150"/>
        <source>Generate to compare with the result</source>
        <translation>Lancez une génération pour comparer avec le résultat</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterviewpaint.cpp" line="157"/>
        <source>Result %1 %</source>
        <translation>Résultat %1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterviewpaint.cpp" line="160"/>
        <source>%1 over the result</source>
        <translation>%1 sur le résultat</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterviewpaint.cpp" line="162"/>
        <source>Difference: bright where they differ</source>
        <translation>Différence : clair là où ils diffèrent</translation>
    </message>
</context>
<context>
    <name>BlindJudgeDialog</name>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="39"/>
        <source>Judge Blind</source>
        <translation>Juger à l&apos;aveugle</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="53"/>
        <source>Pairs judged</source>
        <translation>Paires jugées</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="54"/>
        <source>How many of the pairs you have judged</source>
        <translation>Combien de paires vous avez déjà jugées</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="55"/>
        <source>Which result is better? The models stay hidden until every pair is judged.</source>
        <translation>Quel résultat est le meilleur&#xa0;? Les modèles restent cachés jusqu&apos;à ce que chaque paire soit jugée.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="65"/>
        <source>Prompt: %1</source>
        <translation>Prompt&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="73"/>
        <source>Left result</source>
        <translation>Résultat de gauche</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="74"/>
        <source>One of the two results; its model is hidden</source>
        <translation>L&apos;un des deux résultats&#xa0;; son modèle est caché</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="79"/>
        <source>Right result</source>
        <translation>Résultat de droite</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="80"/>
        <source>The other result; its model is hidden</source>
        <translation>L&apos;autre résultat&#xa0;; son modèle est caché</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="81"/>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="159"/>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="82"/>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="159"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="93"/>
        <source>← &amp;Left Is Better</source>
        <translation>← &amp;Gauche est meilleur</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="94"/>
        <source>Vote for the left result (Left arrow)</source>
        <translation>Voter pour le résultat de gauche (flèche gauche)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="95"/>
        <source>↓ &amp;Tie</source>
        <translation>↓ &amp;Égalité</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="96"/>
        <source>Both results are as good (Down arrow)</source>
        <translation>Les deux résultats se valent (flèche bas)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="97"/>
        <source>&amp;Skip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="98"/>
        <source>Go on without a vote for this pair (S)</source>
        <translation>Continuer sans voter pour cette paire (S)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="99"/>
        <source>&amp;Right Is Better →</source>
        <translation>&amp;Droite est meilleur →</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="100"/>
        <source>Vote for the right result (Right arrow)</source>
        <translation>Voter pour le résultat de droite (flèche droite)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="101"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="102"/>
        <source>Judge the previous pair again (Backspace)</source>
        <translation>Juger de nouveau la paire précédente (Retour arrière)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="152"/>
        <source>&lt;b&gt;The models, revealed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Les modèles, révélés&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="159"/>
        <source>Your vote</source>
        <translation>Votre vote</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="162"/>
        <source>Judged pairs</source>
        <translation>Paires jugées</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="163"/>
        <source>Each pair with the models that made it and your vote</source>
        <translation>Chaque paire avec les modèles qui l&apos;ont produite et votre vote</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="171"/>
        <source>Show &amp;Leaderboard</source>
        <translation>Afficher le &amp;classement</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="174"/>
        <source>Close this and show the models ranked by all your blind votes</source>
        <translation>Fermer et afficher les modèles classés selon tous vos votes à l&apos;aveugle</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="182"/>
        <source>Stop judging; the votes cast so far are kept</source>
        <translation>Arrêter de juger&#xa0;; les votes déjà exprimés sont conservés</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="243"/>
        <source>A vote could not be saved: %1</source>
        <translation>Un vote n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="262"/>
        <source>Pair %1 of %2</source>
        <translation>Paire %1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="277"/>
        <source>A result cannot be read: %1</source>
        <translation>Un résultat ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="293"/>
        <source>Left: %1</source>
        <translation>Gauche&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="295"/>
        <source>Right: %1</source>
        <translation>Droite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="297"/>
        <source>Tie</source>
        <translation>Égalité</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="301"/>
        <source>Skipped</source>
        <translation>Passée</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="322"/>
        <source>%1. %2: %n win(s)</source>
        <translation>
            <numerusform>%1. %2&#xa0;: %n victoire</numerusform>
            <numerusform>%1. %2&#xa0;: %n victoires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="326"/>
        <source>Every pair was skipped, so nothing was recorded.</source>
        <translation>Toutes les paires ont été passées, rien n&apos;a donc été enregistré.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="327"/>
        <source>In this comparison:</source>
        <translation>Dans cette comparaison&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BlindSession</name>
    <message>
        <location filename="../src/core/history/blindsession.cpp" line="22"/>
        <source>Blind judging needs the results of at least two models of one comparison.</source>
        <translation>Le jugement à l&apos;aveugle demande les résultats d&apos;au moins deux modèles d&apos;une même comparaison.</translation>
    </message>
</context>
<context>
    <name>CleanupSettings</name>
    <message>
        <location filename="../src/core/structure/cleanupsettings.cpp" line="109"/>
        <source>shading must be off, even or threshold.</source>
        <translation>shading doit valoir off, even ou threshold.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/cleanupsettings.cpp" line="125"/>
        <source>corners must be four [x, y] pairs of fractions of the image size.</source>
        <translation>corners doit contenir quatre paires [x, y] de fractions de la taille de l&apos;image.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/cleanupsettings.cpp" line="137"/>
        <source>the clean-up spec is empty.</source>
        <translation>la spécification de nettoyage est vide.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/cleanupsettings.cpp" line="144"/>
        <source>%1 takes a whole number from %2 to %3, got &apos;%4&apos;.</source>
        <translation>%1 attend un nombre entier de %2 à %3, reçu «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/structure/cleanupsettings.cpp" line="163"/>
        <source>shading takes off, even or threshold, got &apos;%1&apos;.</source>
        <translation>shading attend off, even ou threshold, reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/structure/cleanupsettings.cpp" line="186"/>
        <source>corners takes four x:y fractions separated by &apos;/&apos;, in the order top-left/top-right/bottom-right/bottom-left, got &apos;%1&apos;.</source>
        <translation>corners attend quatre fractions x:y séparées par «&#xa0;/&#xa0;», dans l&apos;ordre haut-gauche/haut-droite/bas-droite/bas-gauche, reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/structure/cleanupsettings.cpp" line="192"/>
        <source>unknown clean-up item &apos;%1&apos; (known: photo, shading=off|even|threshold, size=N, offset=N, weight=N, invert, trim, padding=N, corners=...).</source>
        <translation>élément de nettoyage inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: photo, shading=off|even|threshold, size=N, offset=N, weight=N, invert, trim, padding=N, corners=...).</translation>
    </message>
</context>
<context>
    <name>ColorPaletteEditor</name>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="35"/>
        <source>Add colour</source>
        <translation>Ajouter une couleur</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="37"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="49"/>
        <source>Custom colours</source>
        <translation>Couleurs personnalisées</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="52"/>
        <source>Add a colour to the palette</source>
        <translation>Ajouter une couleur à la palette</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="90"/>
        <source>Choose the colour</source>
        <translation>Choisir la couleur</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="98"/>
        <source>How strongly this colour is used</source>
        <translation>Intensité d&apos;utilisation de cette couleur</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="99"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="104"/>
        <source>Remove this colour</source>
        <translation>Retirer cette couleur</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="156"/>
        <source>Palette Colour</source>
        <translation>Couleur de la palette</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/app/commandline.cpp" line="27"/>
        <source>Save a picture of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans &lt;file&gt; dès son affichage, puis quitter.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="29"/>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Taille de la fenêtre, p. ex. 1280x800.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="30"/>
        <source>Select the model &lt;id&gt; at start.</source>
        <translation>Sélectionner le modèle &lt;id&gt; au démarrage.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="31"/>
        <source>Load &lt;file&gt; as the sketch at start.</source>
        <translation>Charger &lt;file&gt; comme croquis au démarrage.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="32"/>
        <source>Load the bundled sample sketch at start.</source>
        <translation>Charger le croquis d&apos;exemple fourni au démarrage.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="34"/>
        <source>Open the Advanced section of the form (for screenshots).</source>
        <translation>Ouvrir la section «&#xa0;Avancé&#xa0;» du formulaire (pour les captures d&apos;écran).</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="35"/>
        <source>Use a dark palette instead of the system&apos;s (for screenshots).</source>
        <translation>Utiliser une palette sombre au lieu de celle du système (pour les captures d&apos;écran).</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="36"/>
        <source>Start with &lt;text&gt; as the prompt.</source>
        <translation>Démarrer avec &lt;text&gt; comme prompt.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="38"/>
        <source>Start in compare mode with the models &lt;ids&gt; (comma-separated).</source>
        <translation>Démarrer en mode comparaison avec les modèles &lt;ids&gt; (séparés par des virgules).</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="41"/>
        <source>Turn rough sketches into finished images with cloud reimagine models.</source>
        <translation>Transforme des croquis sommaires en images finies avec des modèles Reimagine dans le cloud.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="49"/>
        <source>A sketch to open.</source>
        <translation>Un croquis à ouvrir.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="79"/>
        <source>--size expects WIDTHxHEIGHT, e.g. 1280x800.</source>
        <translation>--size attend LARGEURxHAUTEUR, p. ex. 1280x800.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="85"/>
        <location filename="../src/app/commandline.cpp" line="107"/>
        <source>Unknown model: %1</source>
        <translation>Modèle inconnu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CompareCell</name>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="146"/>
        <location filename="../src/gui/widgets/comparecellstructure.cpp" line="9"/>
        <location filename="../src/gui/widgets/comparecellstructure.cpp" line="10"/>
        <source>Double-click to open in the before/after view</source>
        <translation>Double-cliquez pour ouvrir dans la vue avant/après</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="189"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="191"/>
        <source>Winner</source>
        <translation>Gagnant</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="192"/>
        <location filename="../src/gui/widgets/comparecell.cpp" line="325"/>
        <source>Mark as the winner</source>
        <translation>Marquer comme gagnant</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="194"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="195"/>
        <source>Open in the before/after view</source>
        <translation>Ouvrir dans la vue avant/après</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="197"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="198"/>
        <source>Save the result as…</source>
        <translation>Enregistrer le résultat sous…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="208"/>
        <source>Generation time</source>
        <translation>Durée de génération</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="209"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="210"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="255"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="299"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="325"/>
        <source>The winner (click to unmark)</source>
        <translation>Le gagnant (cliquez pour retirer)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="364"/>
        <source>— s</source>
        <translation>— s</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="367"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="369"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="378"/>
        <source>$%1</source>
        <translation>%1&#xa0;$</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="383"/>
        <source>Seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="383"/>
        <source>Seed —</source>
        <translation>Seed —</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecellstructure.cpp" line="8"/>
        <source>Structure %1</source>
        <translation>Structure %1</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message numerus="yes">
        <location filename="../src/gui/comparecontroller.cpp" line="104"/>
        <source>This comparison of %n model(s)</source>
        <translation>
            <numerusform>Cette comparaison de %n modèle</numerusform>
            <numerusform>Cette comparaison de %n modèles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/comparecontroller.cpp" line="139"/>
        <source>Comparing %n model(s)…</source>
        <translation>
            <numerusform>Comparaison de %n modèle…</numerusform>
            <numerusform>Comparaison de %n modèles…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="185"/>
        <source>The result cannot be read: %1</source>
        <translation>Impossible de lire le résultat&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="209"/>
        <source>%1 marked as the winner (a favourite in the history).</source>
        <translation>%1 marqué comme gagnant (favori dans l&apos;historique).</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="257"/>
        <source>Only a run of this comparison can be run again.</source>
        <translation>Seule une génération de cette comparaison peut être relancée.</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="269"/>
        <source>%1 takes no seed, so it cannot run with the next one.</source>
        <translation>%1 ne prend pas de seed et ne peut donc pas tourner avec le suivant.</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="278"/>
        <source>%1 with seed %2</source>
        <translation>%1 avec le seed %2</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="282"/>
        <source>The model %1 is not in the catalog.</source>
        <translation>Le modèle %1 n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="289"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="295"/>
        <location filename="../src/gui/comparecontroller.cpp" line="372"/>
        <source>Run a comparison first.</source>
        <translation>Lancez d&apos;abord une comparaison.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/comparecontroller.cpp" line="307"/>
        <source>This rerun of %n model(s) with seed %1</source>
        <translation>
            <numerusform>Cette relance de %n modèle avec le seed %1</numerusform>
            <numerusform>Cette relance de %n modèles avec le seed %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/comparecontroller.cpp" line="335"/>
        <source>Running %n more model(s) in this comparison…</source>
        <translation>
            <numerusform>%n modèle de plus tourne dans cette comparaison…</numerusform>
            <numerusform>%n modèles de plus tournent dans cette comparaison…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="350"/>
        <source>Rerun with Seed + 1</source>
        <translation>Relancer avec seed + 1</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="352"/>
        <source>Rerun On</source>
        <translation>Relancer sur</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="357"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="359"/>
        <source>The same sketch, prompt and seed on %1</source>
        <translation>Le même croquis, le même prompt et le même seed sur %1</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="362"/>
        <source>Rerun All with a New Seed</source>
        <translation>Tout relancer avec un nouveau seed</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="364"/>
        <source>Judge Blind…</source>
        <translation>Juger à l&apos;aveugle…</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="375"/>
        <source>Export Comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="376"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="396"/>
        <source>Comparison saved as %1.</source>
        <translation>Comparaison enregistrée sous %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="397"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="404"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
</context>
<context>
    <name>CompareGrid</name>
    <message>
        <location filename="../src/gui/widgets/comparegrid.cpp" line="63"/>
        <source>No results to compare yet.
Tick models and press Run comparison.</source>
        <translation>Aucun résultat à comparer pour l&apos;instant.
Cochez des modèles et cliquez sur «&#xa0;Lancer la comparaison&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CompareOverridesDialog</name>
    <message>
        <location filename="../src/gui/panels/compareoverridesdialog.cpp" line="19"/>
        <source>%1 in this comparison</source>
        <translation>%1 dans cette comparaison</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/compareoverridesdialog.cpp" line="28"/>
        <source>Changes here apply to %1 only and win over the shared intent.</source>
        <translation>Les modifications ici ne s&apos;appliquent qu&apos;à %1 et priment sur les consignes communes.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/compareoverridesdialog.cpp" line="31"/>
        <source>Use Shared Values</source>
        <translation>Utiliser les valeurs communes</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/compareoverridesdialog.cpp" line="32"/>
        <source>Forget the changes for this model: it gets the shared intent again</source>
        <translation>Oublier les modifications pour ce modèle : il reçoit de nouveau les consignes communes</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/compareoverridesdialog.cpp" line="33"/>
        <source>Keeps these settings for this model in the comparison</source>
        <translation>Conserve ces paramètres pour ce modèle dans la comparaison</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/compareoverridesdialog.cpp" line="34"/>
        <source>Closes this window without changing anything</source>
        <translation>Ferme cette fenêtre sans rien modifier</translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="45"/>
        <source>1:1 square</source>
        <translation>1:1 carré</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="46"/>
        <source>4:3 landscape</source>
        <translation>4:3 paysage</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="47"/>
        <source>3:4 portrait</source>
        <translation>3:4 portrait</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="48"/>
        <source>3:2 landscape</source>
        <translation>3:2 paysage</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="49"/>
        <source>2:3 portrait</source>
        <translation>2:3 portrait</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="50"/>
        <source>16:9 landscape</source>
        <translation>16:9 paysage</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="51"/>
        <source>9:16 portrait</source>
        <translation>9:16 portrait</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="61"/>
        <source>Shared intent</source>
        <translation>Consignes communes</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="70"/>
        <source>What the sketch should become, e.g. a cosy reading corner, warm evening light</source>
        <translation>Ce que le croquis doit devenir, p. ex. un coin lecture douillet, lumière chaude du soir</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="73"/>
        <source>Every model of the comparison gets this prompt</source>
        <translation>Chaque modèle de la comparaison reçoit ce prompt</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="75"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="79"/>
        <source>Optional: what to avoid</source>
        <translation>Facultatif&#xa0;: ce qu&apos;il faut éviter</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="81"/>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="87"/>
        <source>Every model gets the same seed</source>
        <translation>Chaque modèle reçoit le même seed</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="91"/>
        <source>New random seed</source>
        <translation>Nouveau seed aléatoire</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="92"/>
        <source>Randomize seed</source>
        <translation>Tirer un seed au hasard</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="100"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="118"/>
        <source>How closely each model follows the sketch (0–1, scaled onto each model&apos;s own range)</source>
        <translation>Fidélité de chaque modèle au croquis (0–1, ramenée à la plage propre à chaque modèle)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="125"/>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="139"/>
        <location filename="../src/gui/panels/comparesetup.cpp" line="353"/>
        <source>Match sketch</source>
        <translation>Comme le croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="142"/>
        <source>Mapped onto each model&apos;s closest aspect ratio; &quot;Match sketch&quot; follows the sketch&apos;s own shape</source>
        <translation>Adapté au format le plus proche de chaque modèle&#xa0;; «&#xa0;Comme le croquis&#xa0;» reprend la forme du croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="144"/>
        <source>Aspect</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="149"/>
        <source>Images per model, where the model can make several</source>
        <translation>Images par modèle, si le modèle peut en produire plusieurs</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="150"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="152"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="170"/>
        <source>Back to One Model</source>
        <translation>Revenir à un seul modèle</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="172"/>
        <source>Leave Compare and return to the model form (Ctrl+Shift+C)</source>
        <translation>Quitter la comparaison et revenir au formulaire du modèle (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="247"/>
        <source>Exact settings for %1 in this comparison</source>
        <translation>Réglages exacts de %1 dans cette comparaison</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="248"/>
        <source>Settings for %1</source>
        <translation>Réglages de %1</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="353"/>
        <source>Match sketch (%1)</source>
        <translation>Comme le croquis (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/comparesetup.cpp" line="487"/>
        <source>%n setting(s) changed</source>
        <translation>
            <numerusform>%n réglage modifié</numerusform>
            <numerusform>%n réglages modifiés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="532"/>
        <source>Open or drop a sketch first: every model starts from it.</source>
        <translation>Ouvrez ou déposez d&apos;abord un croquis&#xa0;: chaque modèle part de celui-ci.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="534"/>
        <source>Tick at least two models to compare.</source>
        <translation>Cochez au moins deux modèles à comparer.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="536"/>
        <source>Describe what the sketch should become: the prompt is empty.</source>
        <translation>Décrivez ce que le croquis doit devenir&#xa0;: le prompt est vide.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/comparesetup.cpp" line="546"/>
        <source>%1 + %n unpriced</source>
        <translation>
            <numerusform>%1 + %n sans prix</numerusform>
            <numerusform>%1 + %n sans prix</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="547"/>
        <source>price unknown</source>
        <translation>prix inconnu</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="548"/>
        <source>Run comparison · %1</source>
        <translation>Lancer la comparaison · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/comparesetup.cpp" line="552"/>
        <source>%n model(s), same sketch, prompt and seed.</source>
        <translation>
            <numerusform>%n modèle&#xa0;; croquis, prompt et seed identiques.</numerusform>
            <numerusform>%n modèles&#xa0;; croquis, prompt et seed identiques.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="553"/>
        <source>Send the sketch and intent to every ticked model at once</source>
        <translation>Envoyer le croquis et les consignes à tous les modèles cochés à la fois</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/seedlockbutton.cpp" line="32"/>
        <source>Seed locked: every comparison uses this seed. Click to get a new seed for every comparison.</source>
        <translation>Seed verrouillé&#xa0;: chaque comparaison utilise ce seed. Cliquez pour obtenir un nouveau seed à chaque comparaison.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/seedlockbutton.cpp" line="35"/>
        <source>Seed unlocked: every comparison gets a new random seed, shown here. Click (or type a seed) to keep one.</source>
        <translation>Seed déverrouillé&#xa0;: chaque comparaison reçoit un nouveau seed aléatoire, affiché ici. Cliquez (ou saisissez un seed) pour en garder un.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/seedlockbutton.cpp" line="38"/>
        <source>Seed locked</source>
        <translation>Seed verrouillé</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/seedlockbutton.cpp" line="39"/>
        <source>Seed unlocked</source>
        <translation>Seed déverrouillé</translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <location filename="../src/core/imaging/comparisonexport.cpp" line="54"/>
        <source> · seed %1</source>
        <translation> · seed %1</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/comparisonexport.cpp" line="58"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/comparisonexport.cpp" line="82"/>
        <source>There is nothing to export.</source>
        <translation>Rien à exporter.</translation>
    </message>
</context>
<context>
    <name>CostGate</name>
    <message>
        <location filename="../src/gui/costgate.cpp" line="36"/>
        <source>Nothing was sent. %1</source>
        <translation>Rien n&apos;a été envoyé. %1</translation>
    </message>
    <message>
        <location filename="../src/gui/costgate.cpp" line="46"/>
        <source>%1 may already have been charged: its answer was lost after the request was sent. Running it again costs %2 more. Run it again?</source>
        <translation>%1 a peut-être déjà été facturée&#xa0;: la réponse a été perdue après l&apos;envoi de la requête. Relancer coûte %2 de plus. Relancer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/gui/costgate.cpp" line="50"/>
        <source>%1 costs %2, more than your limit of %3. Run it?</source>
        <translation>%1 coûte %2, plus que votre limite de %3. Générer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/gui/costgate.cpp" line="53"/>
        <source>Confirm Cost</source>
        <translation>Confirmer le coût</translation>
    </message>
    <message>
        <location filename="../src/gui/costgate.cpp" line="58"/>
        <source>Run at unknown price</source>
        <translation>Générer à prix inconnu</translation>
    </message>
    <message>
        <location filename="../src/gui/costgate.cpp" line="59"/>
        <source>Run for %1</source>
        <translation>Générer pour %1</translation>
    </message>
</context>
<context>
    <name>CostLedger</name>
    <message>
        <location filename="../src/core/session/costledger.cpp" line="66"/>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <location filename="../src/core/session/costledger.cpp" line="68"/>
        <source>an unknown price</source>
        <translation>un prix inconnu</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/session/costledger.cpp" line="70"/>
        <source>about %1 + %n run(s) of unknown price</source>
        <translation>
            <numerusform>environ %1 + %n génération à prix inconnu</numerusform>
            <numerusform>environ %1 + %n générations à prix inconnu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/session/costledger.cpp" line="76"/>
        <source>The price of %1 is unknown, so it cannot be held under the limit of %2.</source>
        <translation>Le prix de %1 est inconnu&#xa0;: impossible de le maintenir sous la limite de %2.</translation>
    </message>
    <message>
        <location filename="../src/core/session/costledger.cpp" line="83"/>
        <source>This run costs about %1, more than the limit of %2.</source>
        <translation>Cette génération coûte environ %1, plus que la limite de %2.</translation>
    </message>
    <message>
        <location filename="../src/core/session/costledger.cpp" line="93"/>
        <source>This would bring today&apos;s spending to %1, over your daily budget of %2 (spent today: %3; this: %4). Raise the budget in Settings or wait until tomorrow.</source>
        <translation>Les dépenses du jour atteindraient %1, au-delà de votre budget quotidien de %2 (dépensé aujourd&apos;hui&#xa0;: %3&#xa0;; cette génération&#xa0;: %4). Augmentez le budget dans les paramètres ou attendez demain.</translation>
    </message>
</context>
<context>
    <name>DamagedFile</name>
    <message>
        <location filename="../src/core/base/damagedfile.cpp" line="23"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <location filename="../src/core/net/endpoint.cpp" line="30"/>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web valide.</translation>
    </message>
    <message>
        <location filename="../src/core/net/endpoint.cpp" line="32"/>
        <source>Addresses with a user name or password are not allowed (%1).</source>
        <translation>Les adresses avec nom d&apos;utilisateur ou mot de passe ne sont pas autorisées (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/net/endpoint.cpp" line="40"/>
        <source>Plain http is only allowed for this computer (localhost); use https for %1.</source>
        <translation>Le http non chiffré n&apos;est autorisé que pour cet ordinateur (localhost)&#xa0;; utilisez https pour %1.</translation>
    </message>
    <message>
        <location filename="../src/core/net/endpoint.cpp" line="43"/>
        <source>Only https addresses are allowed, not &quot;%1&quot;.</source>
        <translation>Seules les adresses https sont autorisées, pas «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>EnumEditor</name>
    <message>
        <location filename="../src/gui/forms/enumeditor.cpp" line="23"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
</context>
<context>
    <name>FailureBanner</name>
    <message>
        <location filename="../src/gui/widgets/failurebanner.cpp" line="38"/>
        <location filename="../src/gui/widgets/failurebanner.cpp" line="39"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/failurebanner.cpp" line="70"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/failurebanner.cpp" line="73"/>
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/failurebanner.cpp" line="76"/>
        <source>Fix Field</source>
        <translation>Corriger le champ</translation>
    </message>
</context>
<context>
    <name>FalQueueRun</name>
    <message>
        <location filename="../src/core/providers/falfollow.cpp" line="55"/>
        <source>status stream</source>
        <translation>requête de flux d&apos;état</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falfollow.cpp" line="146"/>
        <source>status request</source>
        <translation>requête d&apos;état</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falfollow.cpp" line="159"/>
        <source>fal sent an unreadable status.</source>
        <translation>fal a envoyé un état illisible.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falfollow.cpp" line="191"/>
        <location filename="../src/core/providers/falfollow.cpp" line="199"/>
        <source>fal could not run the model: %1</source>
        <translation>fal n&apos;a pas pu exécuter le modèle&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falfollow.cpp" line="192"/>
        <source>fal could not run the model: %1 (%2)</source>
        <translation>fal n&apos;a pas pu exécuter le modèle&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falfollow.cpp" line="232"/>
        <source>result request</source>
        <translation>requête de résultat</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falfollow.cpp" line="245"/>
        <source>fal finished the job but returned no image.</source>
        <translation>fal a terminé la tâche mais n&apos;a renvoyé aucune image.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="117"/>
        <source>the fal CDN</source>
        <translation>le CDN de fal</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="119"/>
        <source>image download</source>
        <translation>requête de téléchargement de l&apos;image</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="122"/>
        <source>fal returned a file that is not an image (%1 bytes).</source>
        <translation>fal a renvoyé un fichier qui n&apos;est pas une image (%1 octets).</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="125"/>
        <source>fal returned an image that cannot be used: %1</source>
        <translation>fal a renvoyé une image inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="127"/>
        <source>fal returned an inline image that cannot be read.</source>
        <translation>fal a renvoyé une image intégrée illisible.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="143"/>
        <source>Internal error: no network access for fal.</source>
        <translation>Erreur interne&#xa0;: aucun accès réseau pour fal.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="147"/>
        <source>No fal API key is set. Add it in Settings or set FAL_KEY.</source>
        <translation>Aucune clé d&apos;API fal n&apos;est définie. Ajoutez-la dans les paramètres ou définissez FAL_KEY.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="152"/>
        <source>The fal address is not allowed: %1</source>
        <translation>L&apos;adresse fal n&apos;est pas autorisée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="157"/>
        <source>&quot;%1&quot; is not a valid fal endpoint id.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de point de terminaison fal valide.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="220"/>
        <source>There is no fal request to resume.</source>
        <translation>Aucune requête fal à reprendre.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="265"/>
        <source>fal returned an unusable %1 (%2); the job was not followed.</source>
        <translation>fal a renvoyé un champ %1 inutilisable (%2)&#xa0;; la tâche n&apos;a pas été suivie.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="266"/>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="270"/>
        <source>fal returned a %1 on another host (%2); the API key is only sent to %3, so the job was not followed.</source>
        <translation>fal a renvoyé un champ %1 pointant vers un autre hôte (%2)&#xa0;; la clé d&apos;API n&apos;est envoyée qu&apos;à %3, la tâche n&apos;a donc pas été suivie.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="290"/>
        <source>fal did not finish the job within %1 s; it was cancelled.</source>
        <translation>fal n&apos;a pas terminé la tâche en %1 s&#xa0;; elle a été annulée.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="301"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="330"/>
        <source>cancel request</source>
        <translation>requête d&apos;annulation</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="354"/>
        <source>fal refused the job: the account balance is exhausted. Add credits at fal.ai and try again.</source>
        <translation>fal a refusé la tâche&#xa0;: le solde du compte est épuisé. Ajoutez des crédits sur fal.ai et réessayez.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="359"/>
        <source>fal rejected the API key (%1). Check the fal key in Settings.</source>
        <translation>fal a refusé la clé d&apos;API (%1). Vérifiez la clé fal dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falupload.cpp" line="77"/>
        <source>Cannot read the image for &quot;%1&quot;: %2</source>
        <translation>Impossible de lire l&apos;image pour «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falupload.cpp" line="86"/>
        <location filename="../src/core/providers/falupload.cpp" line="122"/>
        <source>upload</source>
        <translation>requête d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falupload.cpp" line="109"/>
        <source>fal storage did not return a usable upload address: %1</source>
        <translation>Le stockage fal n&apos;a pas renvoyé d&apos;adresse d&apos;envoi utilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falupload.cpp" line="121"/>
        <source>fal storage</source>
        <translation>le stockage fal</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falupload.cpp" line="178"/>
        <source>submit</source>
        <translation>requête de soumission</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falupload.cpp" line="201"/>
        <source>fal accepted the job but did not say its request id.</source>
        <translation>fal a accepté la tâche mais n&apos;a pas indiqué son identifiant de requête.</translation>
    </message>
</context>
<context>
    <name>FidelityBar</name>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="40"/>
        <source>Sketch</source>
        <translation>Croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="41"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="42"/>
        <source>What the before side shows: the sketch as sent, the structure map made from it, or another result to compare this one with</source>
        <translation>Ce que montre le côté « avant » : le croquis tel qu&apos;envoyé, la carte de structure qui en est tirée, ou un autre résultat à comparer avec celui-ci</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="45"/>
        <source>Before:</source>
        <translation>Avant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="57"/>
        <source>As run</source>
        <translation>Ordre de génération</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="58"/>
        <source>Best structure first</source>
        <translation>Meilleure structure d&apos;abord</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="59"/>
        <source>Order of the results: as they were run, or by how well they kept the sketch&apos;s lines</source>
        <translation>Ordre des résultats&#xa0;: celui de la génération, ou selon leur fidélité aux traits du croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="61"/>
        <source>Order:</source>
        <translation>Ordre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="71"/>
        <source>Sketch lines</source>
        <translation>Traits du croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="74"/>
        <source>Lay the sketch&apos;s structure over the result, to see where it drifted from your lines</source>
        <translation>Superposer la structure du croquis au résultat, pour voir où il s&apos;écarte de vos traits</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="79"/>
        <source>Colour of the sketch lines</source>
        <translation>Couleur des traits du croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="88"/>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="89"/>
        <source>Opacity of the sketch lines</source>
        <translation>Opacité des traits du croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="194"/>
        <source>Structure %1</source>
        <translation>Structure %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="236"/>
        <source>Colour of the Sketch Lines</source>
        <translation>Couleur des traits du croquis</translation>
    </message>
</context>
<context>
    <name>FidelityController</name>
    <message>
        <location filename="../src/gui/fidelitycontroller.cpp" line="68"/>
        <source>line art</source>
        <translation>dessin au trait</translation>
    </message>
    <message>
        <location filename="../src/gui/fidelitycontroller.cpp" line="69"/>
        <source>Canny edges %1/%2</source>
        <translation>Contours Canny %1/%2</translation>
    </message>
    <message>
        <location filename="../src/gui/fidelitycontroller.cpp" line="267"/>
        <source>Structure map of the sketch: %1.</source>
        <translation>Carte de structure du croquis&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/fidelitycontroller.cpp" line="272"/>
        <source>%1 followed this map (%2), sent with its own preprocessing off.</source>
        <translation>%1 a suivi cette carte (%2), envoyée avec son propre prétraitement désactivé.</translation>
    </message>
    <message>
        <location filename="../src/gui/fidelitycontroller.cpp" line="274"/>
        <source>%1 derived its own structure from the sketch; this is the local map (%2).</source>
        <translation>%1 a dérivé sa propre structure du croquis&#xa0;; voici la carte locale (%2).</translation>
    </message>
</context>
<context>
    <name>FreepikRun</name>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="79"/>
        <source>image download</source>
        <translation>requête de téléchargement de l&apos;image</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="81"/>
        <location filename="../src/core/providers/freepikprovider.cpp" line="366"/>
        <source>Freepik returned something that is not an image.</source>
        <translation>Freepik a renvoyé autre chose qu&apos;une image.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="83"/>
        <source>Freepik returned an image that cannot be read: %1</source>
        <translation>Freepik a renvoyé une image illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="122"/>
        <location filename="../src/core/providers/freepikprovider.cpp" line="154"/>
        <source>No Freepik API key is set. Add one in Settings.</source>
        <translation>Aucune clé d&apos;API Freepik n&apos;est définie. Ajoutez-en une dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="155"/>
        <source>This Freepik job cannot be resumed: its task id was not saved. It was not resubmitted.</source>
        <translation>Cette tâche Freepik ne peut pas être reprise&#xa0;: son identifiant n&apos;a pas été enregistré. Elle n&apos;a pas été renvoyée.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="163"/>
        <source>Following Freepik task %1</source>
        <translation>Suivi de la tâche Freepik %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="173"/>
        <source>Cancelled. Freepik has no way to cancel a task: it may still complete it (and bill it).</source>
        <translation>Annulé. Freepik ne permet pas d&apos;annuler une tâche&#xa0;: il peut encore l&apos;achever (et la facturer).</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="175"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="190"/>
        <source>Freepik did not finish the job within %1 min; stopped waiting. It was not resubmitted%2.</source>
        <translation>Freepik n&apos;a pas terminé la tâche en %1 min&#xa0;; attente interrompue. Elle n&apos;a pas été renvoyée%2.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="193"/>
        <source> and may still complete (and be billed)</source>
        <translation> et peut encore aboutir (et être facturée)</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="225"/>
        <source>Freepik needs an image: drop a local file.</source>
        <translation>Freepik a besoin d&apos;une image&#xa0;: déposez un fichier local.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="232"/>
        <source>Freepik needs the image itself: drop a local file instead of a link.</source>
        <translation>Freepik a besoin de l&apos;image elle-même&#xa0;: déposez un fichier local plutôt qu&apos;un lien.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="238"/>
        <source>The image data is not a PNG, JPEG, WebP or GIF image.</source>
        <translation>Les données ne sont pas une image PNG, JPEG, WebP ou GIF.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="251"/>
        <source>The image file &quot;%1&quot; does not exist.</source>
        <translation>Le fichier image «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="255"/>
        <source>Preparing %1</source>
        <translation>Préparation de %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="268"/>
        <source>Sending the sketch (%1 x %2, %3 KiB)</source>
        <translation>Envoi du croquis (%1 x %2, %3 Kio)</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="299"/>
        <source>generation request</source>
        <translation>requête de génération</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="322"/>
        <source>status request</source>
        <translation>requête d&apos;état</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="353"/>
        <source>Freepik accepted the job but sent no usable task id.</source>
        <translation>Freepik a accepté la tâche mais n&apos;a envoyé aucun identifiant de tâche utilisable.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="379"/>
        <source>Freepik reported the task as completed but sent no image.</source>
        <translation>Freepik a signalé la tâche comme terminée mais n&apos;a envoyé aucune image.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="390"/>
        <source>Freepik could not generate the image (the task failed).</source>
        <translation>Freepik n&apos;a pas pu générer l&apos;image (la tâche a échoué).</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="391"/>
        <source>Freepik could not generate the image (the task failed): %1</source>
        <translation>Freepik n&apos;a pas pu générer l&apos;image (la tâche a échoué)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="396"/>
        <source>Freepik sent a task without a status.</source>
        <translation>Freepik a envoyé une tâche sans état.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="402"/>
        <source>Freepik task %1 is %2</source>
        <translation>Tâche Freepik %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>GenerateController</name>
    <message>
        <location filename="../src/gui/generatecontroller.cpp" line="65"/>
        <source>This run</source>
        <translation>Cette génération</translation>
    </message>
    <message>
        <location filename="../src/gui/generatecontroller.cpp" line="72"/>
        <source>Same Settings as the Last Run</source>
        <translation>Mêmes réglages que la dernière génération</translation>
    </message>
    <message>
        <location filename="../src/gui/generatecontroller.cpp" line="73"/>
        <source>These are exactly the settings of your last %1 run, with the same locked seed.</source>
        <translation>Ce sont exactement les réglages de votre dernière génération avec %1, seed verrouillé compris.</translation>
    </message>
    <message>
        <location filename="../src/gui/generatecontroller.cpp" line="78"/>
        <source>The model will return the same image again, and the run is charged again. Use a new seed to get a different image.</source>
        <translation>Le modèle renverra la même image, et la génération sera de nouveau facturée. Utilisez un nouveau seed pour obtenir une autre image.</translation>
    </message>
    <message>
        <location filename="../src/gui/generatecontroller.cpp" line="80"/>
        <source>Use a &amp;New Seed</source>
        <translation>Utiliser un &amp;nouveau seed</translation>
    </message>
    <message>
        <location filename="../src/gui/generatecontroller.cpp" line="82"/>
        <source>Run &amp;Again</source>
        <translation>&amp;Relancer</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="212"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="213"/>
        <source>Seed: %1</source>
        <translation>Seed&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="213"/>
        <source>Seed: unknown</source>
        <translation>Seed&#xa0;: inconnu</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="214"/>
        <source>Cost: $%1</source>
        <translation>Coût&#xa0;: %1&#xa0;$</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="215"/>
        <source>Cost: unknown</source>
        <translation>Coût&#xa0;: inconnu</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="218"/>
        <source>Structure score: %1 (how well the result kept the sketch&apos;s lines, 0-1)</source>
        <translation>Score de structure&#xa0;: %1 (fidélité du résultat aux traits du croquis, 0-1)</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="221"/>
        <source>Rating: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="227"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="227"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="230"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../src/gui/panels/historyitemdelegate.cpp" line="62"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historyitemdelegate.cpp" line="64"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="55"/>
        <source>No Rating</source>
        <translation>Aucune note</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="71"/>
        <source>Search history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="72"/>
        <source>Search prompts…</source>
        <translation>Rechercher dans les prompts…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="74"/>
        <source>Every word must appear in the prompt or the negative prompt</source>
        <translation>Chaque mot doit figurer dans le prompt ou le prompt négatif</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="89"/>
        <source>Show runs of one model</source>
        <translation>Afficher les générations d&apos;un modèle</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="90"/>
        <source>Show runs of one provider</source>
        <translation>Afficher les générations d&apos;un fournisseur</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="91"/>
        <source>Show recent runs only</source>
        <translation>Afficher uniquement les générations récentes</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="92"/>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="93"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="94"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="95"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="98"/>
        <source>Show results, or the runs that failed or were cancelled</source>
        <translation>Afficher les résultats, ou les générations échouées ou annulées</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="99"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="100"/>
        <source>Failed and cancelled</source>
        <translation>Échouées et annulées</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="101"/>
        <source>All runs</source>
        <translation>Toutes les générations</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="107"/>
        <location filename="../src/gui/panels/historypanel.cpp" line="108"/>
        <source>Favourites only</source>
        <translation>Favoris uniquement</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="114"/>
        <source>Best structure score first: the results that kept the sketch&apos;s lines best</source>
        <translation>Meilleur score de structure d&apos;abord&#xa0;: les résultats les plus fidèles aux traits du croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="115"/>
        <source>Sort by structure score</source>
        <translation>Trier par score de structure</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="119"/>
        <source>Your earlier runs and their results; the context menu opens, reuses, copies or deletes one</source>
        <translation>Vos générations précédentes et leurs résultats ; le menu contextuel en ouvre, réutilise, copie ou supprime une</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="135"/>
        <source>Run history</source>
        <translation>Historique des générations</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="210"/>
        <source>Reuse Parameters</source>
        <translation>Réutiliser les paramètres</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="211"/>
        <source>Load this run&apos;s model and every parameter into the form</source>
        <translation>Charger le modèle et tous les paramètres de cette génération dans le formulaire</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="212"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="213"/>
        <source>Use as Sketch</source>
        <translation>Utiliser comme croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="214"/>
        <source>Copy Image</source>
        <translation>Copier l&apos;image</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="216"/>
        <source>Copy Parameters</source>
        <translation>Copier les paramètres</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="217"/>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="218"/>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="219"/>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="221"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="224"/>
        <source>Rerun with Seed + 1</source>
        <translation>Relancer avec seed + 1</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="225"/>
        <source>Run this again with the next seed; the result joins its comparison</source>
        <translation>Relancer avec le seed suivant&#xa0;; le résultat rejoint sa comparaison</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="226"/>
        <source>Rerun On</source>
        <translation>Relancer sur</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="229"/>
        <source>Rerun the Comparison with a New Seed</source>
        <translation>Relancer la comparaison avec un nouveau seed</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="230"/>
        <source>Run every model of this run&apos;s comparison again with one new seed</source>
        <translation>Relancer chaque modèle de la comparaison de cette génération avec un nouveau seed commun</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="231"/>
        <source>Judge Blind…</source>
        <translation>Juger à l&apos;aveugle…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="232"/>
        <source>Judge the results of this run&apos;s comparison in pairs, with the models hidden</source>
        <translation>Juger par paires les résultats de la comparaison de cette génération, modèles cachés</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="233"/>
        <source>Tags…</source>
        <translation>Étiquettes…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="234"/>
        <source>Tag this run with a project or client; the leaderboard ranks per tag</source>
        <translation>Étiqueter cette génération avec un projet ou un client&#xa0;; le classement se fait par étiquette</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="236"/>
        <source>Rate</source>
        <translation>Noter</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/historypanel.cpp" line="245"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="346"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="347"/>
        <source>Tags of this run, separated by commas (a project, a client):</source>
        <translation>Étiquettes de cette génération, séparées par des virgules (un projet, un client)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="380"/>
        <source>%1 · seed %2</source>
        <translation>%1 · seed %2</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="444"/>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="449"/>
        <source>All providers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="466"/>
        <source>Nothing matches &apos;%1&apos;.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="468"/>
        <source>No runs match these filters.</source>
        <translation>Aucune génération ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="470"/>
        <source>No runs yet. Results you generate appear here.</source>
        <translation>Aucune génération pour l&apos;instant. Les résultats générés apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="518"/>
        <source>Image copied</source>
        <translation>Image copiée</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="532"/>
        <source>Parameters copied</source>
        <translation>Paramètres copiés</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="544"/>
        <source>PNG image with parameters (*.png)</source>
        <translation>Image PNG avec paramètres (*.png)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="544"/>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>Image JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="545"/>
        <source>WebP image (*.webp)</source>
        <translation>Image WebP (*.webp)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="546"/>
        <source>Save Result As</source>
        <translation>Enregistrer le résultat sous</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="568"/>
        <source>This run has no image to save.</source>
        <translation>Cette génération n&apos;a aucune image à enregistrer.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="578"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/historypanel.cpp" line="579"/>
        <source>Saved %n images</source>
        <translation>
            <numerusform>%n image enregistrée</numerusform>
            <numerusform>%n images enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="581"/>
        <source>Could not save: %1</source>
        <translation>Échec de l&apos;enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="600"/>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="614"/>
        <source>Delete Run</source>
        <translation>Supprimer la génération</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/historypanel.cpp" line="615"/>
        <source>Delete this run and its %n image file(s)?</source>
        <translation>
            <numerusform>Supprimer cette génération et son fichier image&#xa0;?</numerusform>
            <numerusform>Supprimer cette génération et ses %n fichiers image&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="616"/>
        <source>Delete this run?</source>
        <translation>Supprimer cette génération&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="617"/>
        <source>“%1”
This cannot be undone.</source>
        <translation>«&#xa0;%1&#xa0;»
Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="618"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="629"/>
        <source>Run deleted</source>
        <translation>Génération supprimée</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="631"/>
        <source>Could not delete the run.</source>
        <translation>Impossible de supprimer la génération.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../src/core/history/historyschema.cpp" line="152"/>
        <source>it was written by a newer version of Reimagine Studio (schema %1, this version reads up to %2).</source>
        <translation>il a été écrit par une version plus récente de Reimagine Studio (schéma %1, cette version lit jusqu&apos;au schéma %2).</translation>
    </message>
    <message>
        <location filename="../src/core/history/historysql.cpp" line="40"/>
        <source>unknown database error</source>
        <translation>erreur de base de données inconnue</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="89"/>
        <source>The run history %1 cannot be read.</source>
        <translation>L&apos;historique %1 est illisible.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="95"/>
        <source>%1 It could not be moved aside: %2</source>
        <translation>%1 Impossible de le mettre de côté : %2</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="107"/>
        <source>The run history %1 was damaged, so it was moved to %2 and a new, empty history was started. Result images in %3 are kept.</source>
        <translation>L&apos;historique %1 était endommagé : il a été déplacé vers %2 et un nouvel historique vide a été créé. Les images des résultats dans %3 sont conservées.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="124"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed, so the run history cannot be kept.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé&#xa0;: l&apos;historique des générations ne peut pas être conservé.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="127"/>
        <source>Cannot create the history folder %1.</source>
        <translation>Impossible de créer le dossier d&apos;historique %1.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="141"/>
        <source>The run history %1 cannot be read (%2). The file may be damaged: move it aside to start a new history.</source>
        <translation>Impossible de lire l&apos;historique %1 (%2). Le fichier est peut-être endommagé&#xa0;: déplacez-le ailleurs pour commencer un nouvel historique.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="145"/>
        <source>Cannot switch the run history %1 to WAL mode: %2</source>
        <translation>Impossible de passer l&apos;historique %1 en mode WAL&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="147"/>
        <source>Cannot prepare the run history %1: %2</source>
        <translation>Impossible de préparer l&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="218"/>
        <location filename="../src/core/history/historystore.cpp" line="411"/>
        <source>The run history is not open.</source>
        <translation>L&apos;historique n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="222"/>
        <source>A run needs an id to be recorded.</source>
        <translation>Une génération doit avoir un identifiant pour être enregistrée.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="240"/>
        <location filename="../src/core/history/historystore.cpp" line="252"/>
        <location filename="../src/core/history/historystore.cpp" line="365"/>
        <location filename="../src/core/history/historystore.cpp" line="383"/>
        <location filename="../src/core/history/historystore.cpp" line="428"/>
        <source>Cannot write to the run history: %1</source>
        <translation>Impossible d&apos;écrire dans l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="404"/>
        <source>A vote needs two different runs.</source>
        <translation>Un vote demande deux générations différentes.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historythumbnail.cpp" line="27"/>
        <source>The result image cannot be read: %1</source>
        <translation>Impossible de lire l&apos;image du résultat&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/history/historythumbnail.cpp" line="32"/>
        <source>The result image is too large for a thumbnail (%1×%2).</source>
        <translation>L&apos;image du résultat est trop grande pour une miniature (%1×%2).</translation>
    </message>
    <message>
        <location filename="../src/core/history/historythumbnail.cpp" line="43"/>
        <source>The result image cannot be decoded: %1</source>
        <translation>Impossible de décoder l&apos;image du résultat&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/history/historythumbnail.cpp" line="59"/>
        <location filename="../src/core/history/historythumbnail.cpp" line="65"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/history/resultarchive.cpp" line="45"/>
        <source>Cannot create the history folders in %1.</source>
        <translation>Impossible de créer les dossiers d&apos;historique dans %1.</translation>
    </message>
</context>
<context>
    <name>ImageDropZone</name>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="47"/>
        <source>Drop an image here</source>
        <translation>Déposez une image ici</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="55"/>
        <source>Drop an image file or a link, paste with Ctrl+V, or choose Open…</source>
        <translation>Déposez un fichier image ou un lien, collez avec Ctrl+V ou choisissez Ouvrir…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="80"/>
        <source>Open an image file…</source>
        <translation>Ouvrir un fichier image…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="82"/>
        <source>Paste an image or a link from the clipboard (Ctrl+V)</source>
        <translation>Coller une image ou un lien depuis le presse-papiers (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="84"/>
        <source>Remove this image</source>
        <translation>Retirer cette image</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="193"/>
        <source>Open Image</source>
        <translation>Ouvrir une image</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="219"/>
        <source>The clipboard holds no image or link.</source>
        <translation>Le presse-papiers ne contient ni image ni lien.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="231"/>
        <source>or paste, or choose Open…</source>
        <translation>ou collez-la, ou choisissez Ouvrir…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="240"/>
        <source>Link on %1, sent as is</source>
        <translation>Lien sur %1, envoyé tel quel</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="256"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
</context>
<context>
    <name>ImageEditor</name>
    <message>
        <location filename="../src/gui/forms/imageeditor.cpp" line="15"/>
        <source>Drop the sketch here</source>
        <translation>Déposez le croquis ici</translation>
    </message>
</context>
<context>
    <name>ImageListEditor</name>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="55"/>
        <source>None yet: drop images or links here, or choose Add…</source>
        <translation>Aucune pour l&apos;instant&#xa0;: déposez des images ou des liens ici, ou choisissez Ajouter…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="62"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="65"/>
        <source>Add image files</source>
        <translation>Ajouter des fichiers image</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="68"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="71"/>
        <source>Remove the selected images</source>
        <translation>Retirer les images sélectionnées</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="127"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="187"/>
        <source>Add Images</source>
        <translation>Ajouter des images</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="76"/>
        <source>%1 looks like a %2 image but its header is damaged.</source>
        <translation>%1 ressemble à une image %2, mais son en-tête est endommagé.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="82"/>
        <source>%1 is %2 MB; SVG drawings up to %3 MB are accepted.</source>
        <translation>%1 fait %2 Mo&#xa0;; les dessins SVG jusqu&apos;à %3 Mo sont acceptés.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="91"/>
        <source>Cannot open %1: %2.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="101"/>
        <source>%1 is %2 MB; images up to %3 MB are accepted.</source>
        <translation>%1 fait %2 Mo&#xa0;; les images jusqu&apos;à %3 Mo sont acceptées.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="117"/>
        <source>%1 is larger than %2 MB; images up to %2 MB are accepted.</source>
        <translation>%1 dépasse %2 Mo&#xa0;; les images jusqu&apos;à %2 Mo sont acceptées.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="135"/>
        <source>%1 is not an image this app can read (PNG, JPEG, WebP, TIFF, BMP, GIF, SVG).</source>
        <translation>%1 n&apos;est pas une image lisible par cette application (PNG, JPEG, WebP, TIFF, BMP, GIF, SVG).</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="138"/>
        <source>%1 is a compressed SVG (.svgz); save it as a plain .svg file.</source>
        <translation>%1 est un SVG compressé (.svgz)&#xa0;; enregistrez-le en fichier .svg simple.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="140"/>
        <source>%1 is a %2 file; this app reads PNG, JPEG, WebP, TIFF, BMP, GIF and SVG images.</source>
        <translation>%1 est un fichier %2&#xa0;; cette application lit les images PNG, JPEG, WebP, TIFF, BMP, GIF et SVG.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="170"/>
        <source>%1 is too large: %2 × %3 pixels (%4 megapixels). The limit is %5 megapixels and %6 pixels per side.</source>
        <translation>%1 dépasse la taille maximale&#xa0;: %2 × %3 pixels (%4 mégapixels). La limite est de %5 mégapixels et %6 pixels par côté.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="250"/>
        <source>%1 looks like a PNG image but its header is damaged.</source>
        <translation>%1 ressemble à une image PNG, mais son en-tête est endommagé.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="296"/>
        <source>%1 could not be decoded: %2.</source>
        <translation>Impossible de décoder %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="327"/>
        <source>The image is %1 MB; images up to %2 MB are accepted.</source>
        <translation>L&apos;image fait %1 Mo&#xa0;; les images jusqu&apos;à %2 Mo sont acceptées.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="331"/>
        <source>The image</source>
        <translation>L&apos;image</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="347"/>
        <source>%1 cannot be made smaller without decoding it whole; save it smaller as PNG or JPEG first.</source>
        <translation>Impossible de réduire %1 sans le décoder entièrement&#xa0;; enregistrez-le d&apos;abord en plus petit au format PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="371"/>
        <source>%1 is too large to be made smaller here (%2 × %3 pixels).</source>
        <translation>%1 est trop volumineux pour être réduit ici (%2 × %3 pixels).</translation>
    </message>
</context>
<context>
    <name>ImageMime</name>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="81"/>
        <source>The clipboard holds no image.</source>
        <translation>Le presse-papiers ne contient aucune image.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="88"/>
        <location filename="../src/gui/widgets/imagemime.cpp" line="108"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="96"/>
        <source>Cannot save the pasted image to %1.</source>
        <translation>Impossible d&apos;enregistrer l&apos;image collée dans %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="116"/>
        <source>Cannot save the smaller copy to %1.</source>
        <translation>Impossible d&apos;enregistrer la copie réduite dans %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="137"/>
        <source>The sample sketch is missing from this build.</source>
        <translation>Le croquis d&apos;exemple est absent de cette compilation.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="148"/>
        <source>Cannot copy the sample sketch to %1.</source>
        <translation>Impossible de copier le croquis d&apos;exemple dans %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="174"/>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="175"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ImagePreparer</name>
    <message>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="109"/>
        <source>There is no image to prepare.</source>
        <translation>Aucune image à préparer.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="116"/>
        <source>Unsupported upload format &quot;%1&quot;; use png or jpeg.</source>
        <translation>Format d&apos;envoi «&#xa0;%1&#xa0;» non pris en charge&#xa0;; utilisez png ou jpeg.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="129"/>
        <source>Not enough memory to prepare a %1 x %2 image.</source>
        <translation>Mémoire insuffisante pour préparer une image de %1 x %2.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="142"/>
        <source>The image could not be encoded as PNG.</source>
        <translation>Impossible d&apos;encoder l&apos;image en PNG.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="159"/>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="179"/>
        <source>The image could not be encoded as JPEG.</source>
        <translation>Impossible d&apos;encoder l&apos;image en JPEG.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="167"/>
        <source>The image cannot be made smaller than %1 bytes.</source>
        <translation>Impossible de réduire l&apos;image sous %1 octets.</translation>
    </message>
</context>
<context>
    <name>ImageSizeEditor</name>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="18"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="27"/>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="27"/>
        <source>Enter width and height in pixels</source>
        <translation>Saisissez la largeur et la hauteur en pixels</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="32"/>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="68"/>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="68"/>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="70"/>
        <source> in pixels</source>
        <translation> en pixels</translation>
    </message>
</context>
<context>
    <name>ImageStructure</name>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="51"/>
        <source>%1 is incomplete: the file ends before its image data does. It may have been cut off while downloading or copying.</source>
        <translation>%1 s&apos;arrête avant la fin de ses données d&apos;image&#xa0;: le fichier est incomplet. Il a peut-être été tronqué lors d&apos;un téléchargement ou d&apos;une copie.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="58"/>
        <source>%1 is damaged: %2.</source>
        <translation>%1 est illisible (fichier endommagé)&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="109"/>
        <source>it has no PNG signature</source>
        <translation>signature PNG absente</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="125"/>
        <source>a chunk claims %1 bytes</source>
        <translation>un bloc annonce %1 octets</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="134"/>
        <source>it does not start with a header chunk</source>
        <translation>pas de bloc d&apos;en-tête au début</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="152"/>
        <source>it has no JPEG start marker</source>
        <translation>marqueur de début JPEG absent</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="173"/>
        <source>a JPEG segment has an impossible length</source>
        <translation>un segment JPEG a une longueur impossible</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="219"/>
        <source>an unknown GIF block comes before the first frame</source>
        <translation>un bloc GIF inconnu précède la première image</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="236"/>
        <source>it has no WebP header</source>
        <translation>en-tête WebP absent</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="290"/>
        <source>it has no TIFF header</source>
        <translation>en-tête TIFF absent</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="298"/>
        <source>it is a BigTIFF or not a TIFF file</source>
        <translation>fichier BigTIFF ou non TIFF</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="353"/>
        <source>%1 declares XML entities, which are not accepted in SVG files.</source>
        <translation>%1 déclare des entités XML, qui ne sont pas acceptées dans les fichiers SVG.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="357"/>
        <source>%1 has more than %2 elements; it is too complex to render.</source>
        <translation>%1 contient plus de %2 éléments&#xa0;; le rendu serait trop complexe.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="368"/>
        <source>%1 refers to an outside file (%2); only self-contained SVG files are accepted. Embed the image or export the SVG again.</source>
        <translation>%1 fait référence à un fichier externe (%2)&#xa0;; seuls les fichiers SVG autonomes sont acceptés. Incorporez l&apos;image ou exportez à nouveau le SVG.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="374"/>
        <source>%1 is not a valid SVG file: %2 (line %3).</source>
        <translation>%1 n&apos;est pas un fichier SVG valide&#xa0;: %2 (ligne %3).</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="378"/>
        <source>%1 is not an SVG drawing (its first element is not &lt;svg&gt;).</source>
        <translation>%1 n&apos;est pas un dessin SVG (son premier élément n&apos;est pas &lt;svg&gt;).</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../src/core/jobs/job.cpp" line="105"/>
        <source>Cancelled.</source>
        <translation>Annulée.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/job.cpp" line="149"/>
        <source>The provider reported success but returned no image.</source>
        <translation>Le fournisseur a signalé un succès, mais n&apos;a renvoyé aucune image.</translation>
    </message>
</context>
<context>
    <name>JobJournal</name>
    <message>
        <location filename="../src/core/jobs/jobjournal.cpp" line="160"/>
        <source>Invalid job id &apos;%1&apos;.</source>
        <translation>Identifiant de tâche «&#xa0;%1&#xa0;» non valide.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobjournal.cpp" line="165"/>
        <source>Cannot create the job journal folder %1.</source>
        <translation>Impossible de créer le dossier du journal des tâches %1.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobjournal.cpp" line="174"/>
        <location filename="../src/core/jobs/jobjournal.cpp" line="180"/>
        <location filename="../src/core/jobs/jobjournal.cpp" line="186"/>
        <source>Cannot write the job journal: %1</source>
        <translation>Impossible d&apos;écrire le journal des tâches&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobjournal.cpp" line="212"/>
        <source>it is larger than a journal entry can be</source>
        <translation>elle est plus grande qu&apos;une entrée de journal ne peut l&apos;être</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobjournal.cpp" line="219"/>
        <source>it is not valid JSON</source>
        <translation>ce n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobjournal.cpp" line="227"/>
        <source>it is not a job journal entry this version of the app can read</source>
        <translation>ce n&apos;est pas une entrée de journal que cette version de l&apos;application sait lire</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobjournal.cpp" line="250"/>
        <source>The job journal entry %1 cannot be read (%2) and could not be moved aside: %3</source>
        <translation>L&apos;entrée de journal %1 est illisible (%2) et n&apos;a pas pu être mise de côté : %3</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobjournal.cpp" line="254"/>
        <source>The job journal entry %1 could not be read (%2), so it was moved to %3.</source>
        <translation>L&apos;entrée de journal %1 était illisible (%2) : elle a été déplacée vers %3.</translation>
    </message>
</context>
<context>
    <name>JobListModel</name>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="180"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="185"/>
        <source>What the run cost (as reported by the provider, or the list price)</source>
        <translation>Coût de la génération (selon le fournisseur, ou au prix catalogue)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="187"/>
        <source>Estimated from the model&apos;s list price</source>
        <translation>Estimation d&apos;après le prix catalogue du modèle</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="204"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="206"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="208"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="210"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="212"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="230"/>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="230"/>
        <source>Waiting for a free slot</source>
        <translation>En attente d&apos;un créneau libre</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="232"/>
        <source>Uploading</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="234"/>
        <source>In queue #%1</source>
        <translation>En file d&apos;attente (nº %1)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="235"/>
        <source>In queue</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="237"/>
        <source>Running, %1</source>
        <translation>En cours, %1</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="238"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="240"/>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="242"/>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="244"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="247"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="247"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="250"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="252"/>
        <source>Interrupted: not sent again</source>
        <translation>Interrompue&#xa0;: non renvoyée</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="310"/>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="315"/>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="317"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="315"/>
        <source>%1 charged</source>
        <translation>Facturé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="317"/>
        <source>≈ %1</source>
        <translation>≈&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <location filename="../src/core/jobs/jobqueue.cpp" line="43"/>
        <source>The result could not be written.</source>
        <translation>Impossible d&apos;écrire le résultat.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobqueue.cpp" line="160"/>
        <source>The model %1 is no longer in the catalog.</source>
        <translation>Le modèle %1 ne figure plus dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobqueue.cpp" line="165"/>
        <source>The result had arrived but the app stopped before it was saved, and %1 does not keep it for downloading again.</source>
        <translation>Le résultat était arrivé, mais l&apos;application s&apos;est arrêtée avant son enregistrement, et %1 ne le conserve pas pour un nouveau téléchargement.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobqueue.cpp" line="172"/>
        <source>The app stopped while this job was being submitted. It was not submitted again, so it is never paid twice; check the provider&apos;s dashboard for its result.</source>
        <translation>L&apos;application s&apos;est arrêtée pendant l&apos;envoi de cette tâche. Elle n&apos;a pas été renvoyée, pour ne jamais être payée deux fois&#xa0;; consultez le tableau de bord du fournisseur pour son résultat.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobqueue.cpp" line="212"/>
        <source>The result arrived but could not be saved: %1 It stays in the job journal and is saved at the next start.</source>
        <translation>Le résultat est arrivé, mais n&apos;a pas pu être enregistré&#xa0;: %1 Il reste dans le journal des tâches et sera enregistré au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="41"/>
        <source>No jobs yet. Generate (%1) to start one.</source>
        <translation>Aucune tâche pour l&apos;instant. Générez (%1) pour en lancer une.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="64"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="65"/>
        <source>The runs of this session with their state, progress, time and cost; select one to read its log</source>
        <translation>Les générations de cette session avec leur état, progression, durée et coût ; sélectionnez-en une pour lire son journal</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="82"/>
        <source>What happened during the selected run, step by step</source>
        <translation>Ce qui s&apos;est passé pendant la génération sélectionnée, étape par étape</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="84"/>
        <source>Select a job to see its details and the provider&apos;s log.</source>
        <translation>Sélectionnez une tâche pour voir ses détails et le journal du fournisseur.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="85"/>
        <source>Job log</source>
        <translation>Journal de la tâche</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="230"/>
        <source>Cancel this job (the provider is asked to stop it)</source>
        <translation>Annuler cette tâche (le fournisseur est invité à l&apos;arrêter)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="231"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="237"/>
        <source>Run the same request again</source>
        <translation>Relancer la même requête</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="238"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="295"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="299"/>
        <source>Request %1</source>
        <translation>Requête %1</translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <location filename="../src/gui/forms/jsoneditor.cpp" line="17"/>
        <location filename="../src/gui/forms/jsoneditor.cpp" line="18"/>
        <source>Raw JSON value</source>
        <translation>Valeur JSON brute</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/jsoneditor.cpp" line="20"/>
        <source>JSON, e.g. {&quot;key&quot;: 1}</source>
        <translation>JSON, p. ex. {&quot;key&quot;: 1}</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/jsoneditor.cpp" line="52"/>
        <source>Not valid JSON: %1 (at character %2).</source>
        <translation>JSON non valide&#xa0;: %1 (au caractère %2).</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/jsoneditor.cpp" line="53"/>
        <source>Not valid JSON: enter a single value.</source>
        <translation>JSON non valide&#xa0;: saisissez une seule valeur.</translation>
    </message>
</context>
<context>
    <name>KeyTester</name>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="47"/>
        <source>key check</source>
        <translation>vérification de la clé</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="83"/>
        <source>%1 rejected this key.</source>
        <translation>%1 a refusé cette clé.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="85"/>
        <location filename="../src/core/providers/keytester.cpp" line="97"/>
        <source>Key OK.</source>
        <translation>Clé valide.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="87"/>
        <source>%1 could not check the key: %2</source>
        <translation>%1 n&apos;a pas pu vérifier la clé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="89"/>
        <source>The key could not be checked.</source>
        <translation>Impossible de vérifier la clé.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="93"/>
        <source>Key OK — %1 credits left.</source>
        <translation>Clé valide — %1 crédits restants.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="115"/>
        <source>Enter a key first.</source>
        <translation>Saisissez d&apos;abord une clé.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="119"/>
        <source>The key cannot be checked: no network access.</source>
        <translation>Impossible de vérifier la clé&#xa0;: pas d&apos;accès réseau.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="125"/>
        <source>Unknown provider “%1”.</source>
        <translation>Fournisseur inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../src/core/secrets/keychainsecretstore.cpp" line="14"/>
        <source>No keychain service is available (%1). The key is kept for this session only.</source>
        <translation>Aucun service de trousseau disponible (%1). La clé n&apos;est conservée que pour cette session.</translation>
    </message>
    <message>
        <location filename="../src/core/secrets/keychainsecretstore.cpp" line="18"/>
        <source>Access to the keychain was denied.</source>
        <translation>L&apos;accès au trousseau a été refusé.</translation>
    </message>
</context>
<context>
    <name>LeaderboardPanel</name>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="42"/>
        <source>Runs ranked</source>
        <translation>Générations classées</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="43"/>
        <source>Rank the models on every run or on the runs of one tag</source>
        <translation>Classer les modèles sur toutes les générations ou sur celles d&apos;une étiquette</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="44"/>
        <source>All runs</source>
        <translation>Toutes les générations</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="49"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="51"/>
        <source>Save the leaderboard as a CSV file for a spreadsheet</source>
        <translation>Enregistrer le classement dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="60"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="60"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="60"/>
        <source>Rating</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="60"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="60"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="60"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="61"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="62"/>
        <source>Bradley-Terry rating from your blind votes on the Elo scale: 1000 is the middle, 400 more means ten times the odds of winning</source>
        <translation>Score Bradley-Terry tiré de vos votes à l&apos;aveugle, sur l&apos;échelle Elo&#xa0;: 1000 est le milieu, 400 de plus signifie dix fois plus de chances de gagner</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="64"/>
        <source>Blind votes the model took part in: wins – losses – ties</source>
        <translation>Votes à l&apos;aveugle auxquels le modèle a pris part&#xa0;: victoires – défaites – égalités</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="65"/>
        <source>Mean time of the model&apos;s finished runs</source>
        <translation>Durée moyenne des générations terminées du modèle</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="66"/>
        <source>Mean cost of the model&apos;s finished runs</source>
        <translation>Coût moyen des générations terminées du modèle</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="67"/>
        <source>Mean structure score: how well the results kept the sketch&apos;s lines</source>
        <translation>Score de structure moyen&#xa0;: à quel point les résultats ont gardé les lignes du croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="71"/>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="72"/>
        <source>Models ranked by your blind votes, with their mean time, cost and structure score</source>
        <translation>Les modèles classés selon vos votes à l&apos;aveugle, avec leurs durée, coût et score de structure moyens</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="74"/>
        <source>No votes yet.

Compare models on a sketch, then choose Judge Blind… to rank them by your own eye. The models stay hidden until every pair is judged.</source>
        <translation>Pas encore de vote.

Comparez des modèles sur un croquis, puis choisissez « Juger à l&apos;aveugle… » pour les classer à votre œil. Les modèles restent cachés jusqu&apos;à ce que chaque paire soit jugée.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="154"/>
        <source>Tag: %1</source>
        <translation>Étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="169"/>
        <source>%1 (%2–%3–%4)</source>
        <translation>%1 (%2–%3–%4)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="178"/>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="179"/>
        <source>%n finished run(s)</source>
        <translation>
            <numerusform>%n génération terminée</numerusform>
            <numerusform>%n générations terminées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="195"/>
        <source>Export Leaderboard</source>
        <translation>Exporter le classement</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="196"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="213"/>
        <source>Leaderboard saved as %1.</source>
        <translation>Classement enregistré sous %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="214"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <location filename="../src/gui/forms/lineeditor.cpp" line="19"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
</context>
<context>
    <name>LogProgress</name>
    <message>
        <location filename="../src/core/jobs/logprogress.cpp" line="59"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/logprogress.cpp" line="59"/>
        <source>step %1 of %2</source>
        <translation>étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="91"/>
        <source>Reimagine Studio</source>
        <translation>Reimagine Studio</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="138"/>
        <source>Fix the marked fields first.</source>
        <translation>Corrigez d&apos;abord les champs signalés.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="144"/>
        <source>Sent to %1.</source>
        <translation>Envoyé à %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="207"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="216"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="217"/>
        <source>Every run you made, searchable</source>
        <translation>Toutes vos générations, avec recherche</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="227"/>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="228"/>
        <source>Saved prompts and settings to start from</source>
        <translation>Prompts et paramètres enregistrés comme point de départ</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="249"/>
        <source>Preset “%1” loaded.</source>
        <translation>Préréglage «&#xa0;%1&#xa0;» chargé.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="254"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="263"/>
        <source>Cancelling %1…</source>
        <translation>Annulation de %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="349"/>
        <source>Sketch loaded. This model takes no structure image.</source>
        <translation>Croquis chargé. Ce modèle n&apos;utilise pas d&apos;image de structure.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="350"/>
        <source>Sketch loaded as “%1”.</source>
        <translation>Croquis chargé dans le champ «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="391"/>
        <source>Open Sketch</source>
        <translation>Ouvrir un croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="406"/>
        <source>The clipboard holds no image or image link.</source>
        <translation>Le presse-papiers ne contient ni image ni lien d&apos;image.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="433"/>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="105"/>
        <source>No job is running.</source>
        <translation>Aucune tâche en cours.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="441"/>
        <source>This run</source>
        <translation>Cette génération</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="516"/>
        <source>The model %1 is not installed.</source>
        <translation>Le modèle %1 n&apos;est pas installé.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="520"/>
        <source>Parameters of %1 restored.</source>
        <translation>Paramètres de %1 restaurés.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="551"/>
        <source>About Reimagine Studio</source>
        <translation>À propos de Reimagine Studio</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="552"/>
        <source>&lt;h3&gt;Reimagine Studio %1&lt;/h3&gt;&lt;p&gt;Turn rough sketches into finished images with cloud reimagine models, and compare providers side by side.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reimagine Studio %1&lt;/h3&gt;&lt;p&gt;Transformez des croquis sommaires en images finies grâce à des modèles de réinterprétation dans le cloud, et comparez les fournisseurs côte à côte.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="36"/>
        <source>&amp;Open Sketch…</source>
        <translation>&amp;Ouvrir un croquis…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="37"/>
        <source>Open a sketch image and use it as the structure reference</source>
        <translation>Ouvrir une image de croquis et l&apos;utiliser comme référence de structure</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="39"/>
        <source>&amp;Paste Sketch</source>
        <translation>&amp;Coller un croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="40"/>
        <source>Use the image or link on the clipboard as the sketch</source>
        <translation>Utiliser l&apos;image ou le lien du presse-papiers comme croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="42"/>
        <source>&amp;Import Model Schema…</source>
        <translation>&amp;Importer un schéma de modèle…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="42"/>
        <source>Add a model from a fal OpenAPI JSON document</source>
        <translation>Ajouter un modèle à partir d&apos;un document JSON OpenAPI de fal</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="44"/>
        <source>&amp;Save Result As…</source>
        <translation>&amp;Enregistrer le résultat sous…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="45"/>
        <source>Save the shown result as PNG (with its parameters), JPEG or WebP</source>
        <translation>Enregistrer le résultat affiché en PNG (avec ses paramètres), JPEG ou WebP</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="47"/>
        <source>&amp;Export Comparison…</source>
        <translation>E&amp;xporter la comparaison…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="48"/>
        <source>Save the comparison grid as one PNG with captions</source>
        <translation>Enregistrer la grille de comparaison dans un seul PNG avec légendes</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="50"/>
        <location filename="../src/gui/mainwindowsession.cpp" line="124"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="50"/>
        <source>Close Reimagine Studio</source>
        <translation>Fermer Reimagine Studio</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="52"/>
        <source>&amp;Reset Parameters</source>
        <translation>&amp;Réinitialiser les paramètres</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="53"/>
        <source>Put every parameter of the current model back to its default</source>
        <translation>Rétablir la valeur par défaut de chaque paramètre du modèle actuel</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="55"/>
        <source>&amp;Clear Sketch</source>
        <translation>&amp;Effacer le croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="56"/>
        <source>Remove the sketch from the canvas and the form</source>
        <translation>Retirer le croquis du canevas et du formulaire</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="58"/>
        <source>Copy Parameters as &amp;JSON</source>
        <translation>Copier les paramètres en &amp;JSON</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="59"/>
        <source>Copy the request parameters of the current model to the clipboard</source>
        <translation>Copier les paramètres de requête du modèle actuel dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="63"/>
        <source>Parameters copied.</source>
        <translation>Paramètres copiés.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="65"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="65"/>
        <source>API keys, concurrency and cost limits</source>
        <translation>Clés d&apos;API, tâches simultanées et limites de coût</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="68"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="68"/>
        <source>Send the sketch and parameters to the selected model</source>
        <translation>Envoyer le croquis et les paramètres au modèle sélectionné</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="71"/>
        <source>&amp;Compare Models</source>
        <translation>&amp;Comparer les modèles</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="72"/>
        <source>Run the same sketch and prompt on several models side by side</source>
        <translation>Lancer le même croquis et le même prompt sur plusieurs modèles côte à côte</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="76"/>
        <source>&amp;Cancel Latest Job</source>
        <translation>&amp;Annuler la dernière tâche</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="76"/>
        <source>Cancel the most recent job that is still running</source>
        <translation>Annuler la tâche en cours la plus récente</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="78"/>
        <source>&amp;Judge Blind…</source>
        <translation>&amp;Juger à l&apos;aveugle…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="79"/>
        <source>Judge the comparison&apos;s results in pairs with the models hidden, for your leaderboard</source>
        <translation>Juger par paires les résultats de la comparaison, modèles cachés, pour votre classement</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="82"/>
        <source>Rerun All with a &amp;New Seed</source>
        <translation>Tout relancer avec un &amp;nouveau seed</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="83"/>
        <source>Run every model of the comparison again with one new seed; the results join it</source>
        <translation>Relancer chaque modèle de la comparaison avec un nouveau seed commun&#xa0;; les résultats la rejoignent</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="85"/>
        <source>&amp;Search History</source>
        <translation>Rechercher dans l&apos;&amp;historique</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="85"/>
        <source>Find earlier results by their prompt</source>
        <translation>Retrouver des résultats antérieurs par leur prompt</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="92"/>
        <source>&amp;About Reimagine Studio</source>
        <translation>À &amp;propos de Reimagine Studio</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="92"/>
        <source>Version and licence of Reimagine Studio</source>
        <translation>Version et licence de Reimagine Studio</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="95"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="95"/>
        <source>The Qt version this build uses</source>
        <translation>La version de Qt utilisée par cette compilation</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="98"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="98"/>
        <source>Every shortcut of the app in one list</source>
        <translation>Tous les raccourcis de l&apos;application en une liste</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="120"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="122"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Récemment ouverts</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="134"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="142"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="151"/>
        <source>&amp;Run</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="158"/>
        <source>&amp;Window</source>
        <translation>Fe&amp;nêtre</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="165"/>
        <source>&amp;Model Panel</source>
        <translation>Panneau &amp;Modèle</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="165"/>
        <source>Show or hide the model and parameter panel</source>
        <translation>Afficher ou masquer le panneau des modèles et paramètres</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="166"/>
        <source>&amp;History and Presets</source>
        <translation>&amp;Historique et préréglages</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="166"/>
        <source>Show or hide the history and presets</source>
        <translation>Afficher ou masquer l&apos;historique et les préréglages</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="167"/>
        <source>&amp;Structure</source>
        <translation>&amp;Structure</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="167"/>
        <source>Show or hide the sketch clean-up and structure map</source>
        <translation>Afficher ou masquer le nettoyage du croquis et la carte de structure</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="168"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="168"/>
        <source>Show or hide the job list</source>
        <translation>Afficher ou masquer la liste des tâches</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="176"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="111"/>
        <source>Cancel the Running Job?</source>
        <translation>Annuler la tâche en cours&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="112"/>
        <source>Cancel the %1 run that is still going?</source>
        <translation>Annuler la génération %1 encore en cours&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="115"/>
        <source>The provider may still charge for work it has already done.</source>
        <translation>Le fournisseur peut tout de même facturer le travail déjà effectué.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="116"/>
        <source>&amp;Keep Running</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="118"/>
        <source>&amp;Cancel Job</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="201"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="205"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="205"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="232"/>
        <source>In the before/after view</source>
        <translation>Dans la vue avant/après</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="237"/>
        <source>Move the divider</source>
        <translation>Déplacer le séparateur</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="237"/>
        <source>Left, Right</source>
        <translation>Gauche, Droite</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="238"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="238"/>
        <source>Ctrl+Wheel, +, -</source>
        <translation>Ctrl+molette, +, -</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="241"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="242"/>
        <source>Every action of the menus with its keys, then the keys of the before/after view</source>
        <translation>Chaque action des menus avec ses touches, puis les touches de la vue avant/après</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="244"/>
        <source>Single keys (1, 2, 3) act on the result view only, never in a text field. Esc in a text field leaves the field; elsewhere it asks before cancelling the running job.</source>
        <translation>Les touches simples (1, 2, 3) n&apos;agissent que sur la vue du résultat, jamais dans un champ de texte. Échap quitte un champ de texte&#xa0;; ailleurs, la touche demande confirmation avant d&apos;annuler la tâche en cours.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="248"/>
        <source>Closes this list</source>
        <translation>Ferme cette liste</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowsession.cpp" line="65"/>
        <source>The sketch of your last session is no longer there: %1. Open it again, or choose another sketch.</source>
        <translation>Le croquis de votre dernière session n&apos;existe plus&#xa0;: %1. Ouvrez-le à nouveau ou choisissez un autre croquis.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowsession.cpp" line="120"/>
        <source>Quit Reimagine Studio?</source>
        <translation>Quitter Reimagine Studio&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowsession.cpp" line="126"/>
        <source>&amp;Keep Open</source>
        <translation>&amp;Laisser ouvert</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstructure.cpp" line="24"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowjudging.cpp" line="31"/>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowjudging.cpp" line="32"/>
        <source>Models ranked by your own blind votes</source>
        <translation>Les modèles classés selon vos propres votes à l&apos;aveugle</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowjudging.cpp" line="38"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowjudging.cpp" line="92"/>
        <source>The model %1 is not in the catalog.</source>
        <translation>Le modèle %1 n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowjudging.cpp" line="100"/>
        <source>%1 takes no seed, so it cannot run with the next one.</source>
        <translation>%1 ne prend pas de seed et ne peut donc pas tourner avec le suivant.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowjudging.cpp" line="108"/>
        <source>%1 with seed %2</source>
        <translation>%1 avec le seed %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowjudging.cpp" line="117"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowjudging.cpp" line="137"/>
        <source>Running %1 again…</source>
        <translation>Nouvelle génération avec %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowjudging.cpp" line="161"/>
        <source>None of this comparison&apos;s models is in the catalog.</source>
        <translation>Aucun des modèles de cette comparaison n&apos;est dans le catalogue.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindowjudging.cpp" line="165"/>
        <source>This rerun of %n model(s) with seed %1</source>
        <translation>
            <numerusform>Cette relance de %n modèle avec le seed %1</numerusform>
            <numerusform>Cette relance de %n modèles avec le seed %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindowjudging.cpp" line="177"/>
        <source>Running %n more model(s) in this comparison…</source>
        <translation>
            <numerusform>%n modèle de plus tourne dans cette comparaison…</numerusform>
            <numerusform>%n modèles de plus tournent dans cette comparaison…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="22"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="26"/>
        <source>%1 is too large for a schema (%2 MB)</source>
        <translation>%1 est trop volumineux pour un schéma (%2 Mo)</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="59"/>
        <source>Bundled model %1: %2</source>
        <translation>Modèle fourni %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="73"/>
        <source>Imported model %1: %2</source>
        <translation>Modèle importé %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="77"/>
        <source>Imported model %1 repeats the id %2 and was skipped.</source>
        <translation>Le modèle importé %1 reprend l&apos;identifiant %2 et a été ignoré.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="115"/>
        <source>No folder for imported models is configured.</source>
        <translation>Aucun dossier n&apos;est configuré pour les modèles importés.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="127"/>
        <source>%1 is not a usable model schema: %2</source>
        <translation>%1 n&apos;est pas un schéma de modèle utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="131"/>
        <source>Only fal models can be imported; %1 is a %2 model.</source>
        <translation>Seuls les modèles fal peuvent être importés&#xa0;; %1 est un modèle %2.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="136"/>
        <source>%1 is already in the catalog.</source>
        <translation>%1 figure déjà dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="141"/>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="149"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ModelDock</name>
    <message>
        <location filename="../src/gui/modeldock.cpp" line="12"/>
        <location filename="../src/gui/modeldock.cpp" line="38"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../src/gui/modeldock.cpp" line="38"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="48"/>
        <source>The model that turns the sketch into an image</source>
        <translation>Le modèle qui transforme le croquis en image</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="49"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="84"/>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="86"/>
        <source>Run the same sketch on several models side by side</source>
        <translation>Générer le même croquis avec plusieurs modèles côte à côte</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="293"/>
        <source>No model catalog.</source>
        <translation>Aucun catalogue de modèles.</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="300"/>
        <source>The file is not a model schema.</source>
        <translation>Ce fichier n&apos;est pas un schéma de modèle.</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="305"/>
        <source>Model “%1” imported.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» importé.</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="311"/>
        <location filename="../src/gui/modelpanel.cpp" line="320"/>
        <source>Import Model Schema</source>
        <translation>Importer un schéma de modèle</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="312"/>
        <source>OpenAPI JSON (*.json)</source>
        <translation>JSON OpenAPI (*.json)</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="313"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="321"/>
        <source>Cannot import %1.</source>
        <translation>Impossible d&apos;importer %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="344"/>
        <source>price unknown</source>
        <translation>prix inconnu</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="345"/>
        <source>Generate · %1</source>
        <translation>Générer · %1</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="353"/>
        <source>Choose a model first</source>
        <translation>Choisissez d&apos;abord un modèle</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="362"/>
        <source>Fix these fields first: %1</source>
        <translation>Corrigez d&apos;abord ces champs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="365"/>
        <source>Generate %1 images with %2 (%3)</source>
        <translation>Générer %1 images avec %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="366"/>
        <source>Generate one image with %1 (%2)</source>
        <translation>Générer une image avec %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="367"/>
        <source>The price of this model is unknown.</source>
        <translation>Le prix de ce modèle est inconnu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/modelpanel.cpp" line="375"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="383"/>
        <source>Run the same sketch on several models side by side (%1)</source>
        <translation>Générer le même croquis avec plusieurs modèles côte à côte (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="385"/>
        <source>Open or drop a sketch first: every model of a comparison starts from it.</source>
        <translation>Ouvrez ou déposez d&apos;abord un croquis&#xa0;: chaque modèle d&apos;une comparaison part de celui-ci.</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="398"/>
        <source>No model available.</source>
        <translation>Aucun modèle disponible.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../src/gui/widgets/modelpicker.cpp" line="65"/>
        <source>unknown provider</source>
        <translation>fournisseur inconnu</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/modelpicker.cpp" line="78"/>
        <location filename="../src/gui/widgets/modelpicker.cpp" line="88"/>
        <source>price unknown</source>
        <translation>prix inconnu</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/modelpicker.cpp" line="81"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/modelpicker.cpp" line="90"/>
        <source>%1 per image</source>
        <translation>%1 par image</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/modelpicker.cpp" line="91"/>
        <source>%1–%2 per image</source>
        <translation>%1–%2 par image</translation>
    </message>
</context>
<context>
    <name>ModelSchema</name>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="8"/>
        <source>Generates a new image that keeps the structure of a sketch or photo (canny edges and/or depth), guided by a prompt. Trained exclusively on licensed data.</source>
        <extracomment>fal:bria/reimagine/3.2: model description</extracomment>
        <translation>Génère une nouvelle image qui conserve la structure d&apos;un croquis ou d&apos;une photo (contours Canny et/ou profondeur), guidée par un prompt. Entraîné exclusivement sur des données sous licence.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="10"/>
        <source>Prompt</source>
        <extracomment>fal:bria/reimagine/3.2.prompt: field label; fal:fal-ai/ideogram/v3/remix.prompt: field label; freepik:reimagine-flux.prompt: field label; …</extracomment>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="12"/>
        <source>Prompt for image generation.</source>
        <extracomment>fal:bria/reimagine/3.2.prompt: field tooltip</extracomment>
        <translation>Prompt pour la génération d&apos;image.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="14"/>
        <source>Aspect ratio</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: field label; freepik:reimagine-flux.aspect_ratio: field label</extracomment>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="16"/>
        <source>Aspect ratio of the generated image.</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: field tooltip</extracomment>
        <translation>Format de l&apos;image générée.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="18"/>
        <source>1:1 square</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: choice</extracomment>
        <translation>1:1 carré</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="20"/>
        <source>2:3 portrait</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: choice</extracomment>
        <translation>2:3 portrait</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="22"/>
        <source>3:2 landscape</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: choice</extracomment>
        <translation>3:2 paysage</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="24"/>
        <source>3:4 portrait</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: choice</extracomment>
        <translation>3:4 portrait</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="26"/>
        <source>4:3 landscape</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: choice</extracomment>
        <translation>4:3 paysage</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="28"/>
        <source>4:5 portrait</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: choice</extracomment>
        <translation>4:5 portrait</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="30"/>
        <source>5:4 landscape</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: choice</extracomment>
        <translation>5:4 paysage</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="32"/>
        <source>9:16 portrait</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: choice</extracomment>
        <translation>9:16 portrait</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="34"/>
        <source>16:9 landscape</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: choice</extracomment>
        <translation>16:9 paysage</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="36"/>
        <source>Steps</source>
        <extracomment>fal:bria/reimagine/3.2.num_inference_steps: field label; segmind:bria-reimagine.steps_num: field label</extracomment>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="38"/>
        <source>Number of inference steps.</source>
        <extracomment>fal:bria/reimagine/3.2.num_inference_steps: field tooltip</extracomment>
        <translation>Nombre d&apos;étapes d&apos;inférence.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="40"/>
        <source>Guidance</source>
        <extracomment>fal:bria/reimagine/3.2.guidance_scale: field label</extracomment>
        <translation>Guidage</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="42"/>
        <source>Guidance scale for text: how closely the image follows the prompt.</source>
        <extracomment>fal:bria/reimagine/3.2.guidance_scale: field tooltip</extracomment>
        <translation>Échelle de guidage du texte&#xa0;: degré de fidélité de l&apos;image au prompt.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="44"/>
        <source>Seed</source>
        <extracomment>fal:bria/reimagine/3.2.seed: field label; fal:fal-ai/ideogram/v3/remix.seed: field label; segmind:bria-reimagine.seed: field label</extracomment>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="46"/>
        <source>Random seed for reproducibility.</source>
        <extracomment>fal:bria/reimagine/3.2.seed: field tooltip</extracomment>
        <translation>Seed aléatoire, pour des résultats reproductibles.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="48"/>
        <source>Sketch (canny)</source>
        <extracomment>fal:bria/reimagine/3.2.canny_image_url: field label</extracomment>
        <translation>Croquis (Canny)</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="50"/>
        <source>Canny edge control image (file or URL). Your sketch goes here.</source>
        <extracomment>fal:bria/reimagine/3.2.canny_image_url: field tooltip</extracomment>
        <translation>Image de contrôle des contours Canny (fichier ou URL). C&apos;est ici que va votre croquis.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="52"/>
        <source>Sketch strength</source>
        <extracomment>fal:bria/reimagine/3.2.canny_scale: field label</extracomment>
        <translation>Force du croquis</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="54"/>
        <source>Canny edge control strength (0.0 to 1.0).</source>
        <extracomment>fal:bria/reimagine/3.2.canny_scale: field tooltip</extracomment>
        <translation>Force du contrôle des contours Canny (0,0 à 1,0).</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="56"/>
        <source>Preprocess sketch</source>
        <extracomment>fal:bria/reimagine/3.2.canny_preprocess: field label</extracomment>
        <translation>Prétraiter le croquis</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="58"/>
        <source>Canny image preprocess. Turn off when the sketch already is clean line art.</source>
        <extracomment>fal:bria/reimagine/3.2.canny_preprocess: field tooltip</extracomment>
        <translation>Prétraitement de l&apos;image Canny. Désactivez-le si le croquis est déjà un dessin au trait propre.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="60"/>
        <source>Depth image</source>
        <extracomment>fal:bria/reimagine/3.2.depth_image_url: field label</extracomment>
        <translation>Image de profondeur</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="62"/>
        <source>Depth control image (file or URL).</source>
        <extracomment>fal:bria/reimagine/3.2.depth_image_url: field tooltip</extracomment>
        <translation>Image de contrôle de profondeur (fichier ou URL).</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="64"/>
        <source>Depth strength</source>
        <extracomment>fal:bria/reimagine/3.2.depth_scale: field label</extracomment>
        <translation>Force profondeur</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="66"/>
        <source>Depth control strength (0.0 to 1.0).</source>
        <extracomment>fal:bria/reimagine/3.2.depth_scale: field tooltip</extracomment>
        <translation>Force du contrôle de profondeur (0,0 à 1,0).</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="68"/>
        <source>Preprocess depth image</source>
        <extracomment>fal:bria/reimagine/3.2.depth_preprocess: field label</extracomment>
        <translation>Prétraiter la profondeur</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="70"/>
        <source>Depth image preprocess. Turn off when the image already is a depth map.</source>
        <extracomment>fal:bria/reimagine/3.2.depth_preprocess: field tooltip</extracomment>
        <translation>Prétraitement de l&apos;image de profondeur. Désactivez-le si l&apos;image est déjà une carte de profondeur.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="72"/>
        <source>Negative prompt</source>
        <extracomment>fal:bria/reimagine/3.2.negative_prompt: field label; fal:fal-ai/ideogram/v3/remix.negative_prompt: field label</extracomment>
        <translation>Prompt négatif</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="74"/>
        <source>What the image should not contain.</source>
        <extracomment>fal:bria/reimagine/3.2.negative_prompt: field tooltip</extracomment>
        <translation>Ce que l&apos;image ne doit pas contenir.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="76"/>
        <source>Enhance prompt</source>
        <extracomment>fal:bria/reimagine/3.2.prompt_enhancer: field label</extracomment>
        <translation>Améliorer le prompt</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="78"/>
        <source>Whether to improve the prompt.</source>
        <extracomment>fal:bria/reimagine/3.2.prompt_enhancer: field tooltip</extracomment>
        <translation>Indique s&apos;il faut améliorer le prompt.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="80"/>
        <source>Truncate prompt</source>
        <extracomment>fal:bria/reimagine/3.2.truncate_prompt: field label</extracomment>
        <translation>Tronquer le prompt</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="82"/>
        <source>Whether to truncate the prompt.</source>
        <extracomment>fal:bria/reimagine/3.2.truncate_prompt: field tooltip</extracomment>
        <translation>Indique s&apos;il faut tronquer le prompt.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="84"/>
        <source>Sync mode</source>
        <extracomment>fal:bria/reimagine/3.2.sync_mode: field label; fal:fal-ai/ideogram/v3/remix.sync_mode: field label</extracomment>
        <translation>Mode synchrone</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="86"/>
        <source>If true, returns the image directly in the response (increases latency).</source>
        <extracomment>fal:bria/reimagine/3.2.sync_mode: field tooltip</extracomment>
        <translation>Si activé, renvoie l&apos;image directement dans la réponse (augmente la latence).</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="88"/>
        <source>Reimagines an existing image with Ideogram V3: variations that keep the core elements and follow the prompt. Strong at realism and typography.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix: model description</extracomment>
        <translation>Réinterprète une image existante avec Ideogram V3&#xa0;: des variantes qui conservent les éléments essentiels et suivent le prompt. Excelle en réalisme et en typographie.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="90"/>
        <source>The prompt to remix the image with.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.prompt: field tooltip</extracomment>
        <translation>Le prompt avec lequel remixer l&apos;image.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="92"/>
        <source>Image to remix</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_url: field label</extracomment>
        <translation>Image à remixer</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="94"/>
        <source>The image URL to remix.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_url: field tooltip</extracomment>
        <translation>L&apos;URL de l&apos;image à remixer.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="96"/>
        <source>Strength</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.strength: field label</extracomment>
        <translation>Force</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="98"/>
        <source>Strength of the input image in the remix.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.strength: field tooltip</extracomment>
        <translation>Force de l&apos;image source dans le remix.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="100"/>
        <source>Size</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size: field label</extracomment>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="102"/>
        <source>The resolution of the generated image.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size: field tooltip</extracomment>
        <translation>La résolution de l&apos;image générée.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="104"/>
        <source>Square HD</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size: choice</extracomment>
        <translation>Carré HD</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="106"/>
        <source>Square</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size: choice</extracomment>
        <translation>Carré</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="108"/>
        <source>Portrait 4:3</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size: choice</extracomment>
        <translation>Portrait 4:3</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="110"/>
        <source>Portrait 16:9</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size: choice</extracomment>
        <translation>Portrait 16:9</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="112"/>
        <source>Landscape 4:3</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size: choice</extracomment>
        <translation>Paysage 4:3</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="114"/>
        <source>Landscape 16:9</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size: choice</extracomment>
        <translation>Paysage 16:9</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="116"/>
        <source>Width</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size.width: field label</extracomment>
        <translation>Largeur</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="118"/>
        <source>The width of the generated image.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size.width: field tooltip</extracomment>
        <translation>La largeur de l&apos;image générée.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="120"/>
        <source>Height</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size.height: field label</extracomment>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="122"/>
        <source>The height of the generated image.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size.height: field tooltip</extracomment>
        <translation>La hauteur de l&apos;image générée.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="124"/>
        <source>Rendering speed</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.rendering_speed: field label</extracomment>
        <translation>Vitesse de rendu</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="126"/>
        <source>The rendering speed to use.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.rendering_speed: field tooltip</extracomment>
        <translation>La vitesse de rendu à utiliser.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="128"/>
        <source>Turbo</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.rendering_speed: choice</extracomment>
        <translation>Turbo</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="130"/>
        <source>Balanced</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.rendering_speed: choice</extracomment>
        <translation>Équilibré</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="132"/>
        <source>Quality</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.rendering_speed: choice</extracomment>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="134"/>
        <source>Images</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.num_images: field label</extracomment>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="136"/>
        <source>Number of images to generate.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.num_images: field tooltip</extracomment>
        <translation>Nombre d&apos;images à générer.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="138"/>
        <source>Seed for the random number generator.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.seed: field tooltip</extracomment>
        <translation>Seed du générateur de nombres aléatoires.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="140"/>
        <source>Style reference images</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_urls: field label</extracomment>
        <translation>Références de style</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="142"/>
        <source>A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_urls: field tooltip</extracomment>
        <translation>Un ensemble d&apos;images à utiliser comme références de style (10 Mo au maximum pour l&apos;ensemble des références). Les images doivent être au format JPEG, PNG ou WebP.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="144"/>
        <source>Style</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.style: field label</extracomment>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="146"/>
        <source>The style type to generate with. Cannot be used with style_codes.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.style: field tooltip</extracomment>
        <translation>Le type de style à utiliser pour la génération. Incompatible avec style_codes.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="148"/>
        <source>Auto</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.style: choice</extracomment>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="150"/>
        <source>General</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.style: choice</extracomment>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="152"/>
        <source>Realistic</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.style: choice</extracomment>
        <translation>Réaliste</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="154"/>
        <source>Design</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.style: choice</extracomment>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="156"/>
        <source>Style codes</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.style_codes: field label</extracomment>
        <translation>Codes de style</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="158"/>
        <source>A list of 8 character hexadecimal codes representing the style of the image. Cannot be used in conjunction with style_reference_images or style.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.style_codes: field tooltip</extracomment>
        <translation>Une liste de codes hexadécimaux de 8 caractères représentant le style de l&apos;image. Incompatible avec style_reference_images et style.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="160"/>
        <source>Colour palette</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette: field label</extracomment>
        <translation>Palette de couleurs</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="162"/>
        <source>A color palette for generation, must EITHER be specified via one of the presets (name) or explicitly via hexadecimal representations of the color with optional weights (members).</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette: field tooltip</extracomment>
        <translation>Une palette de couleurs pour la génération, à définir SOIT par l&apos;un des préréglages (name), SOIT explicitement par les valeurs hexadécimales des couleurs, avec des poids facultatifs (members).</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="164"/>
        <source>Members</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.members: field label</extracomment>
        <translation>Couleurs</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="166"/>
        <source>A list of color palette members that define the color palette.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.members: field tooltip</extracomment>
        <translation>Une liste de couleurs qui définissent la palette.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="168"/>
        <source>Name</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.name: field label</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="170"/>
        <source>A color palette preset value.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.name: field tooltip</extracomment>
        <translation>Un préréglage de palette de couleurs.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="172"/>
        <source>Ember</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.name: choice</extracomment>
        <translation>Braise</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="174"/>
        <source>Fresh</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.name: choice</extracomment>
        <translation>Fraîcheur</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="176"/>
        <source>Jungle</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.name: choice</extracomment>
        <translation>Jungle</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="178"/>
        <source>Magic</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.name: choice</extracomment>
        <translation>Magie</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="180"/>
        <source>Melon</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.name: choice</extracomment>
        <translation>Melon</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="182"/>
        <source>Mosaic</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.name: choice</extracomment>
        <translation>Mosaïque</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="184"/>
        <source>Pastel</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.name: choice</extracomment>
        <translation>Pastel</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="186"/>
        <source>Ultramarine</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.name: choice</extracomment>
        <translation>Outremer</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="188"/>
        <source>Description of what to exclude from an image. Descriptions in the prompt take precedence to descriptions in the negative prompt.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.negative_prompt: field tooltip</extracomment>
        <translation>Description de ce qu&apos;il faut exclure de l&apos;image. Les descriptions du prompt priment sur celles du prompt négatif.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="190"/>
        <source>Expand prompt (MagicPrompt)</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.expand_prompt: field label</extracomment>
        <translation>Enrichir le prompt (MagicPrompt)</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="192"/>
        <source>Determine if MagicPrompt should be used in generating the request or not.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.expand_prompt: field tooltip</extracomment>
        <translation>Indique si MagicPrompt doit être utilisé pour générer la requête.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="194"/>
        <source>If set to true, the function will wait for the image to be generated and uploaded before returning the response.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.sync_mode: field tooltip</extracomment>
        <translation>Si activé, la fonction attend que l&apos;image soit générée et envoyée avant de renvoyer la réponse.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="196"/>
        <source>Freepik&apos;s Reimagine Flux (beta): reimagines an image with a chosen amount of imagination, optionally guided by a prompt.</source>
        <extracomment>freepik:reimagine-flux: model description</extracomment>
        <translation>Reimagine Flux de Freepik (bêta)&#xa0;: réinterprète une image avec le degré d&apos;imagination choisi, éventuellement guidé par un prompt.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="198"/>
        <source>What the reimagined image should show.</source>
        <extracomment>freepik:reimagine-flux.prompt: field tooltip</extracomment>
        <translation>Ce que l&apos;image réinterprétée doit montrer.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="200"/>
        <source>Image</source>
        <extracomment>freepik:reimagine-flux.image: field label</extracomment>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="202"/>
        <source>Base64 image to do the reimagination</source>
        <extracomment>freepik:reimagine-flux.image: field tooltip</extracomment>
        <translation>Image en Base64 à réinterpréter</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="204"/>
        <source>Imagination</source>
        <extracomment>freepik:reimagine-flux.imagination: field label</extracomment>
        <translation>Imagination</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="206"/>
        <source>Imagination type</source>
        <extracomment>freepik:reimagine-flux.imagination: field tooltip</extracomment>
        <translation>Type d&apos;imagination</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="208"/>
        <source>Wild</source>
        <extracomment>freepik:reimagine-flux.imagination: choice</extracomment>
        <translation>Débridée</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="210"/>
        <source>Subtle</source>
        <extracomment>freepik:reimagine-flux.imagination: choice</extracomment>
        <translation>Subtile</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="212"/>
        <source>Vivid</source>
        <extracomment>freepik:reimagine-flux.imagination: choice</extracomment>
        <translation>Vive</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="214"/>
        <source>Image size with the aspect ratio. If not present, the default is original.</source>
        <extracomment>freepik:reimagine-flux.aspect_ratio: field tooltip</extracomment>
        <translation>Taille de l&apos;image selon le format. Par défaut, le format d&apos;origine est conservé.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="216"/>
        <source>Original</source>
        <extracomment>freepik:reimagine-flux.aspect_ratio: choice</extracomment>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="218"/>
        <source>Square 1:1</source>
        <extracomment>freepik:reimagine-flux.aspect_ratio: choice</extracomment>
        <translation>Carré 1:1</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="220"/>
        <source>Classic 4:3</source>
        <extracomment>freepik:reimagine-flux.aspect_ratio: choice</extracomment>
        <translation>Classique 4:3</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="222"/>
        <source>Traditional 3:4</source>
        <extracomment>freepik:reimagine-flux.aspect_ratio: choice</extracomment>
        <translation>Traditionnel 3:4</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="224"/>
        <source>Widescreen 16:9</source>
        <extracomment>freepik:reimagine-flux.aspect_ratio: choice</extracomment>
        <translation>Écran large 16:9</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="226"/>
        <source>Social story 9:16</source>
        <extracomment>freepik:reimagine-flux.aspect_ratio: choice</extracomment>
        <translation>Story 9:16</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="228"/>
        <source>Standard 3:2</source>
        <extracomment>freepik:reimagine-flux.aspect_ratio: choice</extracomment>
        <translation>Standard 3:2</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="230"/>
        <source>Portrait 2:3</source>
        <extracomment>freepik:reimagine-flux.aspect_ratio: choice</extracomment>
        <translation>Portrait 2:3</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="232"/>
        <source>Horizontal 2:1</source>
        <extracomment>freepik:reimagine-flux.aspect_ratio: choice</extracomment>
        <translation>Horizontal 2:1</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="234"/>
        <source>Vertical 1:2</source>
        <extracomment>freepik:reimagine-flux.aspect_ratio: choice</extracomment>
        <translation>Vertical 1:2</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="236"/>
        <source>Social post 4:5</source>
        <extracomment>freepik:reimagine-flux.aspect_ratio: choice</extracomment>
        <translation>Post social 4:5</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="238"/>
        <source>Webhook</source>
        <extracomment>freepik:reimagine-flux.webhook_url: field label</extracomment>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="240"/>
        <source>Optional callback URL that will receive asynchronous notifications whenever the task changes status.</source>
        <extracomment>freepik:reimagine-flux.webhook_url: field tooltip</extracomment>
        <translation>URL de rappel facultative qui reçoit des notifications asynchrones à chaque changement d&apos;état de la tâche.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="242"/>
        <source>Bria AI Reimagine on Segmind&apos;s serverless API: transforms a reference image into a detailed, styled visual that keeps its structure.</source>
        <extracomment>segmind:bria-reimagine: model description</extracomment>
        <translation>Bria AI Reimagine sur l&apos;API sans serveur de Segmind&#xa0;: transforme une image de référence en un visuel détaillé et stylisé qui en conserve la structure.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="244"/>
        <source>Input text for desired image. Descriptive prompts yield detailed outputs.</source>
        <extracomment>segmind:bria-reimagine.prompt: field tooltip</extracomment>
        <translation>Texte décrivant l&apos;image souhaitée. Un prompt descriptif donne des résultats détaillés.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="246"/>
        <source>Sets refinement iterations. Higher values increase detail.</source>
        <extracomment>segmind:bria-reimagine.steps_num: field tooltip</extracomment>
        <translation>Nombre d&apos;itérations d&apos;affinage. Des valeurs plus élevées augmentent le niveau de détail.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="248"/>
        <source>Sets image seed for reproducibility. Useful for recreating identical images.</source>
        <extracomment>segmind:bria-reimagine.seed: field tooltip</extracomment>
        <translation>Seed de l&apos;image, pour des résultats reproductibles. Utile pour recréer des images identiques.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="250"/>
        <source>Fast</source>
        <extracomment>segmind:bria-reimagine.fast: field label</extracomment>
        <translation>Rapide</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="252"/>
        <source>Enables speed over detail. Use for quick results.</source>
        <extracomment>segmind:bria-reimagine.fast: field tooltip</extracomment>
        <translation>Privilégie la vitesse au détriment du détail. Pour des résultats rapides.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="254"/>
        <source>Sketch (structure)</source>
        <extracomment>segmind:bria-reimagine.structure_image_url: field label</extracomment>
        <translation>Croquis (structure)</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="256"/>
        <source>Provides a URL for a reference image. Use detailed images for complex compositions.</source>
        <extracomment>segmind:bria-reimagine.structure_image_url: field tooltip</extracomment>
        <translation>URL d&apos;une image de référence. Utilisez des images détaillées pour les compositions complexes.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="258"/>
        <source>Structure influence</source>
        <extracomment>segmind:bria-reimagine.structure_ref_influence: field label</extracomment>
        <translation>Influence structure</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="260"/>
        <source>Sets influence of reference image. Increase for precise adherence.</source>
        <extracomment>segmind:bria-reimagine.structure_ref_influence: field tooltip</extracomment>
        <translation>Influence de l&apos;image de référence. Augmentez-la pour la suivre plus précisément.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="262"/>
        <source>Enhance image</source>
        <extracomment>segmind:bria-reimagine.enhance_image: field label</extracomment>
        <translation>Améliorer l&apos;image</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="264"/>
        <source>Enhances image details. Enable for high-quality outputs.</source>
        <extracomment>segmind:bria-reimagine.enhance_image: field tooltip</extracomment>
        <translation>Améliore les détails de l&apos;image. Activez pour des résultats de haute qualité.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="266"/>
        <source>Generation prefix</source>
        <extracomment>segmind:bria-reimagine.include_generation_prefix: field label</extracomment>
        <translation>Préfixe de génération</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="268"/>
        <source>Adds model generation prefix. Enable for consistency with standards.</source>
        <extracomment>segmind:bria-reimagine.include_generation_prefix: field tooltip</extracomment>
        <translation>Ajoute le préfixe de génération du modèle. Activez pour rester conforme aux standards.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="270"/>
        <source>Moderate prompt</source>
        <extracomment>segmind:bria-reimagine.prompt_content_moderation: field label</extracomment>
        <translation>Modérer le prompt</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="272"/>
        <source>Moderates prompt content for safety. Disable for unmoderated input.</source>
        <extracomment>segmind:bria-reimagine.prompt_content_moderation: field tooltip</extracomment>
        <translation>Modère le contenu du prompt par sécurité. Désactivez pour une saisie non modérée.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="274"/>
        <source>Moderate content</source>
        <extracomment>segmind:bria-reimagine.content_moderation: field label</extracomment>
        <translation>Modérer le contenu</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="276"/>
        <source>Enforces image content guidelines. Disable for unrestricted creation.</source>
        <extracomment>segmind:bria-reimagine.content_moderation: field tooltip</extracomment>
        <translation>Applique les règles de contenu aux images. Désactivez pour une création sans restriction.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="278"/>
        <source>Ip signal</source>
        <extracomment>segmind:bria-reimagine.ip_signal: field label</extracomment>
        <translation>Signal PI</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="280"/>
        <source>Detects potential IP issues. Useful in professional settings.</source>
        <extracomment>segmind:bria-reimagine.ip_signal: field tooltip</extracomment>
        <translation>Détecte les problèmes potentiels de propriété intellectuelle (PI). Utile en contexte professionnel.</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../src/gui/forms/numbereditor.cpp" line="115"/>
        <source>More than %1 and less than %2</source>
        <translation>Plus de %1 et moins de %2</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/numbereditor.cpp" line="117"/>
        <source>More than %1, up to %2</source>
        <translation>Plus de %1, jusqu&apos;à %2</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/numbereditor.cpp" line="119"/>
        <source>From %1 to less than %2</source>
        <translation>De %1 à moins de %2</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/numbereditor.cpp" line="120"/>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/numbereditor.cpp" line="123"/>
        <source>More than %1</source>
        <translation>Plus de %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/numbereditor.cpp" line="124"/>
        <source>At least %1</source>
        <translation>Au moins %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/numbereditor.cpp" line="126"/>
        <source>Less than %1</source>
        <translation>Moins de %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/numbereditor.cpp" line="127"/>
        <source>At most %1</source>
        <translation>Au plus %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/numbereditor.cpp" line="142"/>
        <source>Send a value for this field; when off, the provider decides</source>
        <translation>Envoyer une valeur pour ce champ&#xa0;; si désactivé, le fournisseur décide</translation>
    </message>
</context>
<context>
    <name>ParameterValidator</name>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="61"/>
        <location filename="../src/core/schema/parametervalidator.cpp" line="227"/>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="70"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 doit valoir entre %2 et %3.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="74"/>
        <source>%1 must be greater than %2.</source>
        <translation>%1 doit valoir plus de %2.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="75"/>
        <source>%1 must be at least %2.</source>
        <translation>%1 doit valoir au moins %2.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="77"/>
        <source>%1 must be less than %2.</source>
        <translation>%1 doit valoir moins de %2.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="78"/>
        <source>%1 must be at most %2.</source>
        <translation>%1 doit valoir au plus %2.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="89"/>
        <source>%1 must be one of: %2.</source>
        <translation>%1 doit être l&apos;une des valeurs suivantes&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/schema/parametervalidator.cpp" line="94"/>
        <source>%1 must be at least %n character(s) long.</source>
        <translation>
            <numerusform>%1 doit comporter au moins %n caractère.</numerusform>
            <numerusform>%1 doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/schema/parametervalidator.cpp" line="96"/>
        <source>%1 must be at most %n character(s) long (now %2).</source>
        <translation>
            <numerusform>%1 doit comporter au plus %n caractère (actuellement %2).</numerusform>
            <numerusform>%1 doit comporter au plus %n caractères (actuellement %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="101"/>
        <source>%1 has the wrong format: &apos;%2&apos;.</source>
        <translation>Format incorrect pour %1&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="109"/>
        <source>%1 must be text.</source>
        <translation>%1 doit être un texte.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="115"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 doit être un nombre entier.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="121"/>
        <source>%1 must be a number.</source>
        <translation>%1 doit être un nombre.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="127"/>
        <source>%1 must be true or false.</source>
        <translation>%1 doit valoir «&#xa0;true&#xa0;» ou «&#xa0;false&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="131"/>
        <source>%1 must be an image file or URL.</source>
        <translation>%1 doit être un fichier image ou une URL.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="135"/>
        <source>%1 must be a list of images.</source>
        <translation>%1 doit être une liste d&apos;images.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="139"/>
        <source>%1 must be a list of image files or URLs.</source>
        <translation>%1 doit être une liste de fichiers image ou d&apos;URL.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/schema/parametervalidator.cpp" line="142"/>
        <source>%1 takes at most %n image(s).</source>
        <translation>
            <numerusform>%1 accepte au plus %n image.</numerusform>
            <numerusform>%1 accepte au plus %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/schema/parametervalidator.cpp" line="144"/>
        <source>%1 needs at least %n image(s).</source>
        <translation>
            <numerusform>%1 nécessite au moins %n image.</numerusform>
            <numerusform>%1 nécessite au moins %n images.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="149"/>
        <source>%1 must be a list.</source>
        <translation>%1 doit être une liste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/schema/parametervalidator.cpp" line="152"/>
        <source>%1 takes at most %n item(s).</source>
        <translation>
            <numerusform>%1 accepte au plus %n élément.</numerusform>
            <numerusform>%1 accepte au plus %n éléments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/schema/parametervalidator.cpp" line="154"/>
        <source>%1 needs at least %n item(s).</source>
        <translation>
            <numerusform>%1 nécessite au moins %n élément.</numerusform>
            <numerusform>%1 nécessite au moins %n éléments.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="158"/>
        <source>%1 must be a list of texts.</source>
        <translation>%1 doit être une liste de textes.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="162"/>
        <source>%1 must be a list of whole numbers.</source>
        <translation>%1 doit être une liste de nombres entiers.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="164"/>
        <source>%1 must be a list of numbers.</source>
        <translation>%1 doit être une liste de nombres.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="174"/>
        <source>%1 must be one of: %2, or a width and height.</source>
        <translation>%1 doit être l&apos;une des valeurs suivantes&#xa0;: %2, ou une largeur et une hauteur.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="177"/>
        <source>%1 must be a preset or a width and height.</source>
        <translation>%1 doit être un préréglage ou une largeur et une hauteur.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="180"/>
        <source>%1 must be an object.</source>
        <translation>%1 doit être un objet.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="186"/>
        <source>%1 takes either a preset name or a list of colours, not both or neither.</source>
        <translation>%1 attend soit un nom de préréglage, soit une liste de couleurs&#xa0;: l&apos;un des deux, exactement.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="197"/>
        <source>%1 has no part named &apos;%2&apos;.</source>
        <translation>%1 n&apos;a aucun élément nommé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="204"/>
        <source>%1 needs &apos;%2&apos;.</source>
        <translation>%1 nécessite «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="219"/>
        <source>Unknown parameter &apos;%1&apos; for %2. Known parameters: %3.</source>
        <translation>Paramètre «&#xa0;%1&#xa0;» inconnu pour %2. Paramètres connus&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="248"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="251"/>
        <source>Add a sketch first: %1 needs %2.</source>
        <translation>Ajoutez d&apos;abord un croquis&#xa0;: %1 nécessite %2.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="262"/>
        <source>%1 cannot be used together with %2.</source>
        <translation>Impossible d&apos;utiliser %1 avec %2.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="280"/>
        <source>%1 expects %2, got &apos;%3&apos;.</source>
        <translation>%1 attend %2, reçu&#xa0;: «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="294"/>
        <source>%1 expects a whole number, got &apos;%2&apos;.</source>
        <translation>%1 attend un nombre entier, reçu&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="303"/>
        <source>%1 expects a number, got &apos;%2&apos;.</source>
        <translation>%1 attend un nombre, reçu&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="316"/>
        <source>%1 expects true or false, got &apos;%2&apos;.</source>
        <translation>%1 attend «&#xa0;true&#xa0;» ou «&#xa0;false&#xa0;», reçu&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="322"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="330"/>
        <source>%1 expects a list of numbers, got &apos;%2&apos;.</source>
        <translation>%1 attend une liste de nombres, reçu&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="342"/>
        <source>a JSON object</source>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="354"/>
        <source>%1 expects a JSON object, got &apos;%2&apos;.</source>
        <translation>%1 attend un objet JSON, reçu&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="357"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
</context>
<context>
    <name>PngMetadata</name>
    <message>
        <location filename="../src/core/imaging/generationinfo.cpp" line="95"/>
        <source>The metadata has no valid format version.</source>
        <translation>Les métadonnées n&apos;ont pas de version de format valide.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngchunks.cpp" line="66"/>
        <source>The data is not a PNG image.</source>
        <translation>Les données ne sont pas une image PNG.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngchunks.cpp" line="73"/>
        <source>The PNG data is truncated at byte %1.</source>
        <translation>Les données PNG sont tronquées à l&apos;octet %1.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngchunks.cpp" line="83"/>
        <source>The PNG data is corrupt at byte %1 (invalid chunk type).</source>
        <translation>Les données PNG sont corrompues à l&apos;octet %1 (type de chunk non valide).</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngchunks.cpp" line="88"/>
        <source>The PNG data is truncated in chunk %1 at byte %2.</source>
        <translation>Les données PNG sont tronquées dans le chunk %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngchunks.cpp" line="97"/>
        <source>The PNG data is corrupt: it does not start with IHDR.</source>
        <translation>Les données PNG sont corrompues&#xa0;: elles ne commencent pas par IHDR.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngmetadata.cpp" line="50"/>
        <source>The PNG data is corrupt: chunk %1 at byte %2 has a wrong CRC.</source>
        <translation>Les données PNG sont corrompues&#xa0;: le chunk %1 à l&apos;octet %2 a un CRC incorrect.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngmetadata.cpp" line="108"/>
        <source>The metadata JSON is invalid: %1</source>
        <translation>Le JSON des métadonnées n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngmetadata.cpp" line="123"/>
        <source>The PNG carries no generation metadata.</source>
        <translation>Ce PNG ne contient aucune métadonnée de génération.</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="70"/>
        <source>This is not a Reimagine Studio preset (its &quot;format&quot; is missing or different).</source>
        <translation>Ceci n&apos;est pas un préréglage Reimagine Studio (son «&#xa0;format&#xa0;» est absent ou différent).</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="75"/>
        <source>The preset has format version %1; this version of the app reads version %2.</source>
        <translation>Le préréglage est en version de format %1&#xa0;; cette version de l&apos;application lit la version %2.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="85"/>
        <source>The preset&apos;s values for %1 are not an object.</source>
        <translation>Les valeurs du préréglage pour %1 ne sont pas un objet.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="94"/>
        <source>The preset&apos;s structure settings are invalid: %1</source>
        <translation>Les réglages de structure du préréglage ne sont pas valides&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="102"/>
        <source>Unknown seed policy &apos;%1&apos; (fixed, random or increment).</source>
        <translation>Règle de seed «&#xa0;%1&#xa0;» inconnue (fixed, random ou increment).</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="112"/>
        <source>Cannot open the preset %1: %2</source>
        <translation>Impossible d&apos;ouvrir le préréglage %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="116"/>
        <source>The preset %1 is too large to be a preset.</source>
        <translation>Le fichier %1 est trop volumineux pour être un préréglage.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="122"/>
        <source>The preset %1 is not valid JSON: %2</source>
        <translation>Le préréglage %1 n&apos;est pas un JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="211"/>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="212"/>
        <source>negative prompt</source>
        <translation>prompt négatif</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="213"/>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="214"/>
        <source>strength</source>
        <translation>force</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="215"/>
        <source>aspect ratio</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="216"/>
        <source>number of images</source>
        <translation>nombre d&apos;images</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="231"/>
        <source>%1 (%2 has no such setting)</source>
        <translation>%1 (%2 n&apos;a pas ce réglage)</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="234"/>
        <source>its exact values for this model</source>
        <translation>ses valeurs exactes pour ce modèle</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="239"/>
        <source>the exact values saved for %1</source>
        <translation>les valeurs exactes enregistrées pour %1</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="243"/>
        <source>Nothing of preset “%1” applies to %2.</source>
        <translation>Rien dans le préréglage «&#xa0;%1&#xa0;» ne s&apos;applique à %2.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="244"/>
        <source>Preset “%1” applied to %2: %3.</source>
        <translation>Préréglage «&#xa0;%1&#xa0;» appliqué à %2&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="245"/>
        <source>Not applied: %1.</source>
        <translation>Non appliqué&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="259"/>
        <source>The values for %1 were ignored: that model is not in the catalog.</source>
        <translation>Les valeurs pour %1 ont été ignorées&#xa0;: ce modèle n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="267"/>
        <source>%1: %2 was ignored; a preset never chooses which file is sent.</source>
        <translation>%1&#xa0;: champ %2 ignoré&#xa0;; un préréglage ne choisit jamais le fichier envoyé.</translation>
    </message>
</context>
<context>
    <name>PresetListModel</name>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="104"/>
        <source>strength %1</source>
        <translation>force %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/presetspanel.cpp" line="110"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="114"/>
        <source>seed %1</source>
        <translation>seed %1</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="116"/>
        <source>random seed</source>
        <translation>seed aléatoire</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="118"/>
        <source>incrementing seed</source>
        <translation>seed incrémenté</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/presetspanel.cpp" line="120"/>
        <source>exact values for %n model(s)</source>
        <translation>
            <numerusform>valeurs exactes pour %n modèle</numerusform>
            <numerusform>valeurs exactes pour %n modèles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="77"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="83"/>
        <source>%1: %2 It could not be moved aside: %3</source>
        <translation>%1 : %2 Impossible de mettre le fichier de côté : %3</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="86"/>
        <source>%1: %2 It was moved to %3.</source>
        <translation>%1 : %2 Le fichier a été déplacé vers %3.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="98"/>
        <source>%1: another file already holds a preset named “%2”.</source>
        <translation>%1&#xa0;: un autre fichier contient déjà un préréglage nommé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="229"/>
        <source>Cannot create the presets folder %1.</source>
        <translation>Impossible de créer le dossier des préréglages %1.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="237"/>
        <location filename="../src/core/presets/presetstore.cpp" line="242"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="255"/>
        <location filename="../src/core/presets/presetstore.cpp" line="277"/>
        <source>A preset needs a name.</source>
        <translation>Un préréglage doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="272"/>
        <location filename="../src/core/presets/presetstore.cpp" line="310"/>
        <location filename="../src/core/presets/presetstore.cpp" line="366"/>
        <source>There is no preset named “%1”.</source>
        <translation>Aucun préréglage nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="284"/>
        <source>A preset named “%1” already exists.</source>
        <translation>Un préréglage nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="297"/>
        <source>Cannot remove the old preset file %1.</source>
        <translation>Impossible de supprimer l&apos;ancien fichier de préréglage %1.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="315"/>
        <source>Cannot delete %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="352"/>
        <source>Imported preset</source>
        <translation>Préréglage importé</translation>
    </message>
</context>
<context>
    <name>PresetsPanel</name>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="133"/>
        <source>Save Current…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="135"/>
        <source>Save the current prompt and settings as a preset</source>
        <translation>Enregistrer le prompt et les réglages actuels comme préréglage</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="136"/>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="138"/>
        <source>Apply the selected preset to the current model (double-click works too)</source>
        <translation>Appliquer le préréglage sélectionné au modèle actuel (ou double-cliquer)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="139"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="141"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="143"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="145"/>
        <source>Add a preset file someone shared with you</source>
        <translation>Ajouter un fichier de préréglage partagé avec vous</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="146"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="148"/>
        <source>Save the selected preset as a file to share</source>
        <translation>Enregistrer le préréglage sélectionné dans un fichier à partager</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="159"/>
        <source>No presets yet. Save the current settings to reuse them on any model.</source>
        <translation>Aucun préréglage pour l&apos;instant. Enregistrez les réglages actuels pour les réutiliser avec n&apos;importe quel modèle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/presetspanel.cpp" line="267"/>
        <source>%n file(s) in the presets folder could not be read and are not listed.</source>
        <translation>
            <numerusform>%n fichier du dossier des préréglages n&apos;a pas pu être lu et n&apos;est pas affiché.</numerusform>
            <numerusform>%n fichiers du dossier des préréglages n&apos;ont pas pu être lus et ne sont pas affichés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="293"/>
        <source>Save Preset</source>
        <translation>Enregistrer le préréglage</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="294"/>
        <source>Name of the preset:</source>
        <translation>Nom du préréglage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="296"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="300"/>
        <source>A preset needs a name.</source>
        <translation>Un préréglage doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="307"/>
        <source>Replace Preset</source>
        <translation>Remplacer le préréglage</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="308"/>
        <source>A preset named “%1” already exists. Replace it with the current settings?</source>
        <translation>Un préréglage nommé «&#xa0;%1&#xa0;» existe déjà. Le remplacer par les réglages actuels&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="313"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="349"/>
        <source>The preset “%1” is no longer there.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="368"/>
        <source>Rename Preset</source>
        <translation>Renommer le préréglage</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="369"/>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="371"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="391"/>
        <source>Delete Preset</source>
        <translation>Supprimer le préréglage</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="392"/>
        <source>Delete the preset “%1”? This cannot be undone.</source>
        <translation>Supprimer le préréglage «&#xa0;%1&#xa0;»&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="396"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="421"/>
        <source>Import Preset</source>
        <translation>Importer un préréglage</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="423"/>
        <source>Presets (*.json);;All files (*)</source>
        <translation>Préréglages (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="435"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 n&apos;a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="441"/>
        <source>%1 was imported. %2</source>
        <translation>%1 a été importé. %2</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="454"/>
        <source>Export Preset</source>
        <translation>Exporter le préréglage</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="454"/>
        <source>Presets (*.json)</source>
        <translation>Préréglages (*.json)</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <location filename="../src/gui/forms/prompteditor.cpp" line="24"/>
        <source>Describe the image you want…</source>
        <translation>Décrivez l&apos;image souhaitée…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/prompteditor.cpp" line="26"/>
        <source>What to leave out…</source>
        <translation>Ce qu&apos;il faut exclure…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/prompteditor.cpp" line="88"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/prompteditor.cpp" line="91"/>
        <source>Characters: %1</source>
        <translation>Caractères&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProviderInfo</name>
    <message>
        <location filename="../src/core/model/providerinfo.cpp" line="162"/>
        <source>%1 sends your %2 API key to %3, which is not a %2 host.</source>
        <translation>%1 envoie votre clé d&apos;API %2 à %3, qui n&apos;est pas un hôte %2.</translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <location filename="../src/core/providers/providerregistry.cpp" line="39"/>
        <source>Unknown provider “%1”.</source>
        <translation>Fournisseur «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
</context>
<context>
    <name>ProviderRun</name>
    <message>
        <location filename="../src/core/providers/provider.cpp" line="103"/>
        <source>Rate-limited by %1</source>
        <translation>Débit limité par %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/provider.cpp" line="105"/>
        <source>Server problem at %1 (HTTP %2)</source>
        <translation>Problème de serveur chez %1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../src/core/providers/provider.cpp" line="106"/>
        <source>No answer from %1</source>
        <translation>Aucune réponse de %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/provider.cpp" line="114"/>
        <source>%1, retrying now</source>
        <translation>%1, nouvelle tentative immédiate</translation>
    </message>
    <message>
        <location filename="../src/core/providers/provider.cpp" line="115"/>
        <source>%1, retrying in %2 s</source>
        <translation>%1, nouvelle tentative dans %2 s</translation>
    </message>
    <message>
        <location filename="../src/core/providers/provider.cpp" line="125"/>
        <source>%1 (attempt %2 of %3). %4</source>
        <translation>%1 (tentative %2 sur %3). %4</translation>
    </message>
    <message>
        <location filename="../src/core/providers/provider.cpp" line="182"/>
        <source>%1; nothing was sent. %2</source>
        <translation>%1&#xa0;; rien n&apos;a été envoyé. %2</translation>
    </message>
    <message>
        <location filename="../src/core/providers/provider.cpp" line="218"/>
        <source>The request had been sent, so this run may have been charged. It was not sent again; check the provider&apos;s dashboard before running it again.</source>
        <translation>La requête avait été envoyée&#xa0;: cette génération a donc peut-être été facturée. Elle n&apos;a pas été renvoyée&#xa0;; vérifiez le tableau de bord du fournisseur avant de la relancer.</translation>
    </message>
</context>
<context>
    <name>QuitConfirmation</name>
    <message numerus="yes">
        <location filename="../src/gui/quitconfirmation.cpp" line="29"/>
        <source>%n job(s) still running.</source>
        <translation>
            <numerusform>%n tâche encore en cours.</numerusform>
            <numerusform>%n tâches encore en cours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/quitconfirmation.cpp" line="36"/>
        <source>%n job(s) will resume the next time you start Reimagine Studio, without being paid for twice.</source>
        <translation>
            <numerusform>%n tâche reprendra au prochain démarrage de Reimagine Studio, sans être payée deux fois.</numerusform>
            <numerusform>%n tâches reprendront au prochain démarrage de Reimagine Studio, sans être payées deux fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/quitconfirmation.cpp" line="40"/>
        <source>%n %1 run(s) cannot be followed once the app is closed: the result will be lost, and the provider may still charge for it.</source>
        <translation>
            <numerusform>%n génération sur %1 ne pourra plus être suivie une fois l&apos;application fermée&#xa0;: le résultat sera perdu, et le fournisseur pourra quand même la facturer.</numerusform>
            <numerusform>%n générations sur %1 ne pourront plus être suivies une fois l&apos;application fermée&#xa0;: les résultats seront perdus, et le fournisseur pourra quand même les facturer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <location filename="../src/gui/widgets/recentfilesmenu.cpp" line="64"/>
        <source>No recent sketches</source>
        <translation>Aucun croquis récent</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/recentfilesmenu.cpp" line="66"/>
        <source>Sketches you open appear here</source>
        <translation>Les croquis ouverts apparaissent ici</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/recentfilesmenu.cpp" line="69"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/recentfilesmenu.cpp" line="71"/>
        <source>Forget the recently opened sketches</source>
        <translation>Oublier les croquis ouverts récemment</translation>
    </message>
</context>
<context>
    <name>ResultWriter</name>
    <message>
        <location filename="../src/core/imaging/resultwriter.cpp" line="93"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/resultwriter.cpp" line="130"/>
        <source>%1: results can be saved as .png, .jpg or .webp.</source>
        <translation>%1&#xa0;: les résultats peuvent être enregistrés en .png, .jpg ou .webp.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/resultwriter.cpp" line="148"/>
        <source>Cannot encode %1: %2</source>
        <translation>Impossible d&apos;encoder %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/resultwriter.cpp" line="170"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ResultsArea</name>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="100"/>
        <source>&amp;Wipe</source>
        <translation>&amp;Volet</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="102"/>
        <source>Sketch on the left of a divider, result on the right</source>
        <translation>Croquis à gauche d&apos;un séparateur, résultat à droite</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="103"/>
        <source>&amp;Side by Side</source>
        <translation>&amp;Côte à côte</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="105"/>
        <source>Sketch and result next to each other, zoomed together</source>
        <translation>Croquis et résultat côte à côte, zoomés ensemble</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="106"/>
        <source>&amp;Blend</source>
        <translation>&amp;Fondu</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="108"/>
        <source>The result over the sketch with adjustable opacity</source>
        <translation>Le résultat sur le croquis, avec opacité réglable</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="109"/>
        <source>&amp;Onion Skin</source>
        <translation>&amp;Pelure d&apos;oignon</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="111"/>
        <source>The sketch laid over the result like tracing paper: where the lines run</source>
        <translation>Le croquis posé sur le résultat comme un calque : là où passent les traits</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="112"/>
        <source>&amp;Difference</source>
        <translation>&amp;Différence</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="114"/>
        <source>Black where the two agree, bright where the result left the sketch</source>
        <translation>Noir là où les deux concordent, clair là où le résultat s&apos;écarte du croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="129"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="131"/>
        <source>Show the whole result</source>
        <translation>Afficher tout le résultat</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="132"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="134"/>
        <source>One image pixel per screen pixel</source>
        <translation>Un pixel de l&apos;image par pixel d&apos;écran</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="138"/>
        <source>‹ Back to Grid</source>
        <translation>‹ Retour à la grille</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="139"/>
        <source>Return to the comparison grid</source>
        <translation>Revenir à la grille de comparaison</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="145"/>
        <source>‹ Sketch</source>
        <translation>‹ Croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="146"/>
        <source>Show the sketch alone (drop another one there)</source>
        <translation>Afficher le croquis seul (pour en déposer un autre)</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="167"/>
        <source>More views</source>
        <translation>Plus de vues</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="168"/>
        <source>The views and zoom buttons that do not fit beside the others</source>
        <translation>Les vues et boutons de zoom qui ne tiennent pas à côté des autres</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="185"/>
        <source>Wipe</source>
        <translation>Volet</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="186"/>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="187"/>
        <source>Blend</source>
        <translation>Fondu</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="188"/>
        <source>Onion</source>
        <translation>Pelure</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="189"/>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="191"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="192"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="219"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="341"/>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="360"/>
        <source>There is no result to save yet.</source>
        <translation>Il n&apos;y a pas encore de résultat à enregistrer.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="364"/>
        <source>PNG with parameters (*.png)</source>
        <translation>PNG avec paramètres (*.png)</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="364"/>
        <source>JPEG (*.jpg *.jpeg)</source>
        <translation>JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="364"/>
        <source>WebP (*.webp)</source>
        <translation>WebP (*.webp)</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="365"/>
        <source>Save Result</source>
        <translation>Enregistrer le résultat</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="377"/>
        <source>Choose a name ending in .png, .jpg or .webp.</source>
        <translation>Choisissez un nom se terminant par .png, .jpg ou .webp.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="401"/>
        <source>This run has no result.</source>
        <translation>Cette génération n&apos;a pas de résultat.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="414"/>
        <source>%1 finished in %2.</source>
        <translation>%1 terminé en %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="421"/>
        <source>%1 was cancelled.</source>
        <translation>%1 a été annulé.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="452"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="460"/>
        <source>%1 failed: %2</source>
        <translation>Échec de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="467"/>
        <source>No API key for %1. %2</source>
        <translation>Aucune clé d&apos;API pour %1. %2</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="484"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="485"/>
        <source>%1, result %2</source>
        <translation>%1, résultat %2</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="504"/>
        <location filename="../src/gui/resultsarea.cpp" line="550"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="590"/>
        <source>%1 · %2 · %3 px</source>
        <translation>%1 · %2 · %3 px</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="593"/>
        <source>From the history · %1 px</source>
        <translation>Depuis l&apos;historique · %1 px</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="597"/>
        <source>seed %1</source>
        <translation>seed %1</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="619"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="620"/>
        <source>Could not save: %1</source>
        <translation>Échec de l&apos;enregistrement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RunFactory</name>
    <message>
        <location filename="../src/core/session/runfactory.cpp" line="42"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../src/core/session/runfactory.cpp" line="61"/>
        <source>No API key for %1. %2</source>
        <translation>Aucune clé d&apos;API pour %1. %2</translation>
    </message>
    <message>
        <location filename="../src/core/session/runfactory.cpp" line="115"/>
        <source>Add it in Edit ▸ Settings… ▸ Keys, or set %1 in the environment.</source>
        <translation>Ajoutez-la dans Édition ▸ Paramètres… ▸ Clés d&apos;API, ou définissez %1 dans l&apos;environnement.</translation>
    </message>
</context>
<context>
    <name>SchemaForm</name>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="43"/>
        <source>Reset to Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="40"/>
        <source>Put every field of this model back to its default value</source>
        <translation>Remettre chaque champ de ce modèle à sa valeur par défaut</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="94"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="96"/>
        <source>Reference images that guide the composition</source>
        <translation>Images de référence qui guident la composition</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="103"/>
        <location filename="../src/gui/forms/schemaform.cpp" line="130"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="105"/>
        <source>Fine-tuning; the defaults are a good start</source>
        <translation>Réglages fins&#xa0;; les valeurs par défaut sont un bon départ</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="130"/>
        <source>Advanced (%1)</source>
        <translation>Avancé (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="209"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
</context>
<context>
    <name>SchemaParser</name>
    <message>
        <location filename="../src/core/schema/catalogfile.cpp" line="36"/>
        <source>role &apos;%1&apos; names the unknown field &apos;%2&apos;</source>
        <translation>le rôle «&#xa0;%1&#xa0;» désigne le champ inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/schema/catalogfile.cpp" line="68"/>
        <source>&apos;needs&apos; names the unknown field &apos;%1&apos;</source>
        <translation>«&#xa0;needs&#xa0;» désigne le champ inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/schema/propertyparser.cpp" line="93"/>
        <source>%1: no type given, edited as raw JSON</source>
        <translation>%1&#xa0;: aucun type indiqué, modifié en JSON brut</translation>
    </message>
    <message>
        <location filename="../src/core/schema/propertyparser.cpp" line="94"/>
        <source>%1: type &apos;%2&apos; is edited as raw JSON</source>
        <translation>%1&#xa0;: le type «&#xa0;%2&#xa0;» est modifié en JSON brut</translation>
    </message>
    <message>
        <location filename="../src/core/schema/propertyparser.cpp" line="133"/>
        <source>%1: union of %2 types is edited as raw JSON</source>
        <translation>%1&#xa0;: l&apos;union de %2 types est modifiée en JSON brut</translation>
    </message>
    <message>
        <location filename="../src/core/schema/propertyparser.cpp" line="287"/>
        <source>%1: list of %2 is edited as raw JSON</source>
        <translation>%1&#xa0;: la liste de %2 est modifiée en JSON brut</translation>
    </message>
    <message>
        <location filename="../src/core/schema/propertyparser.cpp" line="288"/>
        <source>unknown items</source>
        <translation>éléments inconnus</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemajson.cpp" line="54"/>
        <source>only local references are supported, got &apos;%1&apos;</source>
        <translation>seules les références locales sont prises en charge, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemajson.cpp" line="62"/>
        <location filename="../src/core/schema/schemajson.cpp" line="68"/>
        <source>reference &apos;%1&apos; does not resolve</source>
        <translation>la référence «&#xa0;%1&#xa0;» ne peut pas être résolue</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemajson.cpp" line="90"/>
        <source>%1: reference chain too deep</source>
        <translation>%1&#xa0;: chaîne de références trop profonde</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemalabels.cpp" line="75"/>
        <source>square</source>
        <translation>carré</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemalabels.cpp" line="76"/>
        <source>landscape</source>
        <translation>paysage</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemalabels.cpp" line="76"/>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="44"/>
        <source>the model file has no &apos;%1&apos;</source>
        <translation>le fichier du modèle n&apos;a pas de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="52"/>
        <source>the model file has no &apos;input&apos; schema</source>
        <translation>le fichier du modèle n&apos;a pas de schéma «&#xa0;input&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="71"/>
        <source>the input schema has no properties</source>
        <translation>le schéma d&apos;entrée n&apos;a aucune propriété</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="91"/>
        <source>the OpenAPI document has no submit (POST) path</source>
        <translation>le document OpenAPI n&apos;a pas de chemin de soumission (POST)</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="96"/>
        <source>the POST %1 has no application/json request body schema</source>
        <translation>le POST %1 n&apos;a pas de schéma de corps de requête application/json</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="124"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON non valide&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="128"/>
        <source>the document is not a JSON object</source>
        <translation>le document n&apos;est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>SeedEditor</name>
    <message>
        <location filename="../src/gui/forms/seededitor.cpp" line="29"/>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/seededitor.cpp" line="31"/>
        <source>The same seed, prompt and settings give the same image</source>
        <translation>Même seed, même prompt et mêmes réglages donnent la même image</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/seededitor.cpp" line="39"/>
        <source>Pick a new random seed</source>
        <translation>Tirer un nouveau seed aléatoire</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/seedlockbutton.cpp" line="23"/>
        <source>Seed locked: every run uses this seed, so the same settings give the same image. Click to get a new seed for every run.</source>
        <translation>Seed verrouillé&#xa0;: chaque génération utilise ce seed, donc les mêmes réglages donnent la même image. Cliquez pour obtenir un nouveau seed à chaque génération.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/seedlockbutton.cpp" line="26"/>
        <source>Seed unlocked: every run gets a new random seed, shown here. Click (or type a seed) to keep one.</source>
        <translation>Seed déverrouillé&#xa0;: chaque génération reçoit un nouveau seed aléatoire, affiché ici. Cliquez (ou saisissez un seed) pour en garder un.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/seedlockbutton.cpp" line="29"/>
        <source>Seed locked</source>
        <translation>Seed verrouillé</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/seedlockbutton.cpp" line="30"/>
        <source>Seed unlocked</source>
        <translation>Seed déverrouillé</translation>
    </message>
</context>
<context>
    <name>SegmindRun</name>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="64"/>
        <location filename="../src/core/providers/segmindprovider.cpp" line="322"/>
        <source>Segmind returned something that is not an image.</source>
        <translation>Segmind a renvoyé quelque chose qui n&apos;est pas une image.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="66"/>
        <source>Segmind returned an image that cannot be read: %1</source>
        <translation>Segmind a renvoyé une image illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="100"/>
        <source>No Segmind API key is set. Add one in Settings.</source>
        <translation>Aucune clé d&apos;API Segmind n&apos;est définie. Ajoutez-en une dans les préférences.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="123"/>
        <source>This Segmind job cannot be resumed: Segmind answers while the image is generated, and the answer was lost. It was not resubmitted, so it is not billed twice; run it again if needed.</source>
        <translation>Cette tâche Segmind ne peut pas être reprise&#xa0;: Segmind répond pendant la génération de l&apos;image, et la réponse a été perdue. Elle n&apos;a pas été renvoyée, elle ne sera donc pas facturée deux fois&#xa0;; relancez-la si nécessaire.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="134"/>
        <source>Cancelled. Segmind may still finish (and bill) the image that was already requested.</source>
        <translation>Annulé. Segmind peut encore terminer (et facturer) l&apos;image déjà demandée.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="136"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="171"/>
        <source>The image file &quot;%1&quot; does not exist.</source>
        <translation>Le fichier image «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="197"/>
        <source>Preparing %1</source>
        <translation>Préparation de %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="210"/>
        <source>Uploading the sketch (%1 x %2, %3 KiB)</source>
        <translation>Envoi du croquis (%1 x %2, %3 Kio)</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="227"/>
        <source>image upload</source>
        <translation>requête d&apos;envoi de l&apos;image</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="241"/>
        <source>Segmind accepted the sketch upload but did not say where it was stored.</source>
        <translation>Segmind a accepté l&apos;envoi du croquis mais n&apos;a pas indiqué où il est stocké.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="288"/>
        <source>generation request</source>
        <translation>requête de génération</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="300"/>
        <source>Your Segmind account does not have enough credits for this image (%1).</source>
        <translation>Votre compte Segmind n&apos;a pas assez de crédits pour cette image (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="304"/>
        <source>Segmind says: &quot;%1&quot;.</source>
        <translation>Segmind indique&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="305"/>
        <source>Add credits at segmind.com, then run it again.</source>
        <translation>Ajoutez des crédits sur segmind.com, puis relancez la génération.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="323"/>
        <source>Segmind returned something that is not an image (%1).</source>
        <translation>Segmind a renvoyé quelque chose qui n&apos;est pas une image (%1).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="14"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="27"/>
        <source>API keys</source>
        <translation>Clés d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="30"/>
        <source>Your keys for fal, Segmind and Freepik, kept in the system keychain</source>
        <translation>Vos clés fal, Segmind et Freepik, conservées dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="51"/>
        <source>Keys are kept in the system keychain, never in settings files. A key set in the environment wins over a stored one.</source>
        <translation>Les clés sont conservées dans le trousseau du système, jamais dans les fichiers de réglages. Une clé définie dans l&apos;environnement l&apos;emporte sur une clé enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="61"/>
        <source>fal</source>
        <translation>fal</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="76"/>
        <source>Paste your fal API key</source>
        <translation>Collez votre clé d&apos;API fal</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="86"/>
        <location filename="../ui/settingsdialog.ui" line="173"/>
        <location filename="../ui/settingsdialog.ui" line="260"/>
        <source>Show or hide the key</source>
        <translation>Afficher ou masquer la clé</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="89"/>
        <location filename="../ui/settingsdialog.ui" line="176"/>
        <location filename="../ui/settingsdialog.ui" line="263"/>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="184"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="99"/>
        <source>Check the key with a free request to fal</source>
        <translation>Vérifier la clé par une requête gratuite à fal</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="102"/>
        <location filename="../ui/settingsdialog.ui" line="189"/>
        <location filename="../ui/settingsdialog.ui" line="276"/>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="309"/>
        <source>Test key</source>
        <translation>Tester la clé</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="122"/>
        <location filename="../ui/settingsdialog.ui" line="209"/>
        <location filename="../ui/settingsdialog.ui" line="296"/>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="270"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="148"/>
        <source>Segmind</source>
        <translation>Segmind</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="163"/>
        <source>Paste your Segmind API key</source>
        <translation>Collez votre clé d&apos;API Segmind</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="186"/>
        <source>Check the key with a free request to Segmind</source>
        <translation>Vérifier la clé par une requête gratuite à Segmind</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="235"/>
        <source>Freepik</source>
        <translation>Freepik</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="250"/>
        <source>Paste your Freepik API key</source>
        <translation>Collez votre clé d&apos;API Freepik</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="273"/>
        <source>Check the key with a free request to Freepik</source>
        <translation>Vérifier la clé par une requête gratuite à Freepik</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="332"/>
        <source>Keys you enter are forgotten when the app quits, and nothing is written to disk</source>
        <translation>Les clés saisies sont oubliées à la fermeture de l&apos;application, et rien n&apos;est écrit sur le disque</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="335"/>
        <source>When no keychain is available, keep keys for this session only</source>
        <translation>Sans trousseau disponible, garder les clés pour cette session seulement</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="356"/>
        <source>Jobs &amp;&amp; costs</source>
        <translation>Tâches &amp;&amp; coûts</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="359"/>
        <source>How many runs go at once, spending limits, and where results are saved</source>
        <translation>Nombre de générations simultanées, limites de dépenses et dossier des résultats</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="380"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="395"/>
        <source>&amp;Jobs at the same time:</source>
        <translation>&amp;Tâches simultanées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="405"/>
        <source>How many runs may be in progress at once, over all providers</source>
        <translation>Nombre de générations pouvant s&apos;exécuter en même temps, tous fournisseurs confondus</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="412"/>
        <source>&amp;Per provider:</source>
        <translation>Par &amp;fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="422"/>
        <source>How many runs may be in progress at once at one provider</source>
        <translation>Nombre de générations pouvant s&apos;exécuter en même temps chez un même fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="429"/>
        <source>&amp;Longest side of uploads:</source>
        <translation>Côté le plus &amp;long des envois&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="439"/>
        <source>Larger sketches are scaled down before they are sent (the model&apos;s own limit may be lower)</source>
        <translation>Les croquis plus grands sont réduits avant l&apos;envoi (la limite du modèle peut être plus basse)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="442"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="455"/>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="470"/>
        <source>&amp;Ask before runs costing more than</source>
        <translation>&amp;Demander avant une génération de plus de</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="477"/>
        <location filename="../ui/settingsdialog.ui" line="506"/>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="490"/>
        <source>&amp;Daily budget:</source>
        <translation>&amp;Budget quotidien&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="500"/>
        <source>A run that would bring today&apos;s spending over this amount is not sent; the app and reimagine-cli both keep to it</source>
        <translation>Une génération qui ferait dépasser ce montant aux dépenses du jour n&apos;est pas envoyée&#xa0;; l&apos;application et reimagine-cli le respectent tous deux</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="503"/>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="522"/>
        <source>Saving results</source>
        <translation>Enregistrement des résultats</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="537"/>
        <source>Save &amp;as:</source>
        <translation>Enregistrer &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="547"/>
        <source>The format Save Result proposes; PNG keeps the generation parameters in the file</source>
        <translation>Le format proposé par «&#xa0;Enregistrer le résultat&#xa0;»&#xa0;; le PNG conserve les paramètres de génération dans le fichier</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="554"/>
        <source>Save &amp;in:</source>
        <translation>Enregistrer da&amp;ns&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="569"/>
        <source>The folder used last time</source>
        <translation>Le dernier dossier utilisé</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="579"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="59"/>
        <source>Saves the settings and closes this window</source>
        <translation>Enregistre les paramètres et ferme cette fenêtre</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="60"/>
        <source>Closes this window without saving</source>
        <translation>Ferme cette fenêtre sans enregistrer</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="96"/>
        <source>PNG with parameters</source>
        <translation>PNG avec paramètres</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="97"/>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="98"/>
        <source>WebP</source>
        <translation>WebP</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="100"/>
        <source>Save Results In</source>
        <translation>Enregistrer les résultats dans</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="174"/>
        <source>%1 API key</source>
        <translation>Clé d&apos;API %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="176"/>
        <source>Get a key</source>
        <translation>Obtenir une clé</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="177"/>
        <source>Create a %1 API key: %2</source>
        <translation>Créer une clé d&apos;API %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="184"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="210"/>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="267"/>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="254"/>
        <source>Paste your %1 API key</source>
        <translation>Collez votre clé d&apos;API %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="274"/>
        <source>Stored in the system keychain</source>
        <translation>Enregistrée dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="277"/>
        <source>Kept for this session only: no keychain service is available</source>
        <translation>Gardée pour cette session seulement&#xa0;: aucun service de trousseau disponible</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="281"/>
        <source>From the environment variable %1 (read-only)</source>
        <translation>Depuis la variable d&apos;environnement %1 (lecture seule)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="283"/>
        <source>Unset %1 to store a key here instead.</source>
        <translation>Supprimez %1 pour enregistrer plutôt une clé ici.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="301"/>
        <source>Testing…</source>
        <translation>Test…</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="383"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="451"/>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="464"/>
        <source>Not saved: %1</source>
        <translation>Non enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="471"/>
        <source>no keychain service is available</source>
        <translation>aucun service de trousseau n&apos;est disponible</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="512"/>
        <source>No keychain service is available, so the %1 key will be forgotten when the app quits. Enter it again next time, or set it in the environment (%2).</source>
        <translation>Aucun service de trousseau n&apos;est disponible&#xa0;: la clé %1 sera oubliée à la fermeture de l&apos;application. Saisissez-la de nouveau la prochaine fois, ou définissez-la dans l&apos;environnement (%2).</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="516"/>
        <source>No keychain service is available, so the %1 keys will be forgotten when the app quits. Enter them again next time, or set them in the environment (%2).</source>
        <translation>Aucun service de trousseau n&apos;est disponible&#xa0;: les clés %1 seront oubliées à la fermeture de l&apos;application. Saisissez-les de nouveau la prochaine fois, ou définissez-les dans l&apos;environnement (%2).</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="521"/>
        <source>Some keys could not be saved; see the messages above.</source>
        <translation>Certaines clés n&apos;ont pas pu être enregistrées&#xa0;; voir les messages ci-dessus.</translation>
    </message>
</context>
<context>
    <name>SettingsJson</name>
    <message>
        <location filename="../src/core/structure/settingsjson.cpp" line="24"/>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/settingsjson.cpp" line="36"/>
        <source>%1 must be true or false.</source>
        <translation>%1 doit valoir true ou false.</translation>
    </message>
</context>
<context>
    <name>SketchCanvas</name>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="66"/>
        <source>Drop a sketch here</source>
        <translation>Déposez un croquis ici</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="74"/>
        <source>paste (Ctrl+V) or Open… (Ctrl+O)</source>
        <translation>coller (Ctrl+V) ou Ouvrir… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="82"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="84"/>
        <source>Choose a sketch file (Ctrl+O)</source>
        <translation>Choisir un fichier de croquis (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="85"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="88"/>
        <source>Use the image or link on the clipboard (Ctrl+V)</source>
        <translation>Utiliser l&apos;image ou le lien du presse-papiers (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="101"/>
        <source>Try the sample sketch</source>
        <translation>Essayer le croquis d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="106"/>
        <source>Load a sketch that ships with the app</source>
        <translation>Charger un croquis fourni avec l&apos;application</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="119"/>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="319"/>
        <source>Downscale and Use</source>
        <translation>Réduire et utiliser</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="121"/>
        <source>Use a copy of this image at most %1 pixels on its longer side</source>
        <translation>Utiliser une copie de cette image d&apos;au plus %1 pixels sur son plus grand côté</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="165"/>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="169"/>
        <source>Open another sketch (Ctrl+O)</source>
        <translation>Ouvrir un autre croquis (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="174"/>
        <source>Clear</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="178"/>
        <source>Remove the sketch</source>
        <translation>Retirer le croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="216"/>
        <source>%1 — linked image, sent as a link</source>
        <translation>%1 — image liée, envoyée comme lien</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="304"/>
        <source>%1 — %2 × %3 px · %4</source>
        <translation>%1 — %2 × %3 px · %4</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="333"/>
        <source>Downscaling…</source>
        <translation>Réduction…</translation>
    </message>
</context>
<context>
    <name>SketchController</name>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="71"/>
        <source>The sketch could not be processed.</source>
        <translation>Le croquis n&apos;a pas pu être traité.</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="94"/>
        <source>Draw</source>
        <translation>Tracé</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="97"/>
        <source>Erase</source>
        <translation>Gommage</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="122"/>
        <source>Move Corners</source>
        <translation>Déplacement des coins</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="165"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="166"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="274"/>
        <source>The sketch&apos;s original, clean-up and corrections are back.</source>
        <translation>L&apos;original, le nettoyage et les corrections du croquis sont rétablis.</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="344"/>
        <source>Looking for the page…</source>
        <translation>Recherche de la page…</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="413"/>
        <source>Page found and straightened; drag its corners to adjust.</source>
        <translation>Page trouvée et redressée&#xa0;; faites glisser ses coins pour l&apos;ajuster.</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="415"/>
        <source>No page found in the sketch; drag the corners yourself.</source>
        <translation>Aucune page trouvée dans le croquis&#xa0;; placez les coins vous-même.</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="491"/>
        <source>Open a sketch to clean it up and see its structure.</source>
        <translation>Ouvrez un croquis pour le nettoyer et voir sa structure.</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="493"/>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="496"/>
        <source>Sent as it is: %1 × %2 px.</source>
        <translation>Envoyé tel quel&#xa0;: %1 × %2 px.</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="497"/>
        <source>Sent cleaned up: %1 × %2 px (your file stays as it is).</source>
        <translation>Envoyé nettoyé&#xa0;: %1 × %2 px (votre fichier reste inchangé).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/sketchcontroller.cpp" line="499"/>
        <source>%n correction(s).</source>
        <translation>
            <numerusform>%n correction.</numerusform>
            <numerusform>%n corrections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SketchEditor</name>
    <message>
        <location filename="../src/gui/widgets/sketcheditor.cpp" line="29"/>
        <source>Sketch</source>
        <translation>Croquis</translation>
    </message>
</context>
<context>
    <name>SketchPreparation</name>
    <message>
        <location filename="../src/core/structure/sketchpreparation.cpp" line="70"/>
        <source>There is no image to store.</source>
        <translation>Il n&apos;y a aucune image à stocker.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/sketchpreparation.cpp" line="80"/>
        <source>The image could not be encoded as PNG: %1</source>
        <translation>L&apos;image n&apos;a pas pu être encodée en PNG&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/structure/sketchpreparation.cpp" line="83"/>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/sketchpreparation.cpp" line="91"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SketchToolStrip</name>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="27"/>
        <source>More tools</source>
        <translation>Plus d&apos;outils</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="28"/>
        <source>The tools that do not fit beside the others</source>
        <translation>Les outils qui ne tiennent pas à côté des autres</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="32"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="33"/>
        <source>Your file as it is</source>
        <translation>Votre fichier tel quel</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="34"/>
        <source>Sketch</source>
        <translation>Croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="35"/>
        <source>The sketch as it is sent: cleaned up and corrected</source>
        <translation>Le croquis tel qu&apos;il est envoyé&#xa0;: nettoyé et corrigé</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="36"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="37"/>
        <source>The structure map made from the sketch</source>
        <translation>La carte de structure tirée du croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="53"/>
        <source>Corners</source>
        <translation>Coins</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="54"/>
        <source>Drag the page&apos;s corners to straighten a photo</source>
        <translation>Faites glisser les coins de la page pour redresser une photo</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="55"/>
        <source>Pen</source>
        <translation>Stylo</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="56"/>
        <source>Draw lines over the sketch (a tablet pen&apos;s pressure sets the width)</source>
        <translation>Tracer des lignes sur le croquis (la pression d&apos;un stylet règle l&apos;épaisseur)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="57"/>
        <source>Eraser</source>
        <translation>Gomme</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="58"/>
        <source>Erase lines of the sketch</source>
        <translation>Effacer des lignes du croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="73"/>
        <source>Size of the pen or eraser, in thousandths of the sketch&apos;s long side</source>
        <translation>Taille du stylo ou de la gomme, en millièmes du grand côté du croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="74"/>
        <source>Tool size</source>
        <translation>Taille de l&apos;outil</translation>
    </message>
</context>
<context>
    <name>StatusBarWidgets</name>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="41"/>
        <source>What the runs since the app started cost</source>
        <translation>Coût des générations depuis le lancement de l&apos;application</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="44"/>
        <source>What today&apos;s runs cost, including earlier sessions</source>
        <translation>Coût des générations du jour, sessions précédentes comprises</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="80"/>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="81"/>
        <source>Today %1</source>
        <translation>Aujourd&apos;hui %1</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="105"/>
        <source>%1: key present, the last call worked. Click for settings.</source>
        <translation>%1&#xa0;: clé présente, le dernier appel a réussi. Cliquez pour les préférences.</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="109"/>
        <source>%1: the last call failed. Click for settings.</source>
        <translation>%1&#xa0;: le dernier appel a échoué. Cliquez pour les préférences.</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="112"/>
        <source>%1: no API key. Click to add one.</source>
        <translation>%1&#xa0;: aucune clé d&apos;API. Cliquez pour en ajouter une.</translation>
    </message>
</context>
<context>
    <name>StringListEditor</name>
    <message>
        <location filename="../src/gui/forms/stringlisteditor.cpp" line="15"/>
        <source>Comma-separated, e.g. %1</source>
        <translation>Séparés par des virgules, p. ex. %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/stringlisteditor.cpp" line="93"/>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>StructurePanel</name>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="93"/>
        <source>Clean up the sketch</source>
        <translation>Nettoyer le croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="96"/>
        <source>Straighten a photo of a paper sketch, remove its shading and adjust its lines. Your file stays untouched; the cleaned copy is what is sent.</source>
        <translation>Redresser la photo d&apos;un croquis sur papier, supprimer ses ombres et ajuster ses lignes. Votre fichier reste intact&#xa0;; c&apos;est la copie nettoyée qui est envoyée.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="99"/>
        <source>Find Page</source>
        <translation>Trouver la page</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="101"/>
        <source>Find the sheet of paper in the photo and straighten it; adjust its corners with Corners above the sketch</source>
        <translation>Trouver la feuille de papier dans la photo et la redresser&#xa0;; ajustez ses coins avec «&#xa0;Coins&#xa0;» au-dessus du croquis</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="105"/>
        <source>Whole image: no perspective correction</source>
        <translation>Image entière&#xa0;: pas de correction de perspective</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="106"/>
        <source>Whole image</source>
        <translation>Image entière</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="118"/>
        <source>Keep as it is</source>
        <translation>Laisser tel quel</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="119"/>
        <source>Even out shading</source>
        <translation>Égaliser les ombres</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="120"/>
        <source>Black and white</source>
        <translation>Noir et blanc</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="121"/>
        <source>Even out: divides by the paper&apos;s brightness, so shadows and gradients go and pencil stays grey. Black and white: an adaptive threshold.</source>
        <translation>Égaliser&#xa0;: divise par la luminosité du papier, les ombres et dégradés disparaissent et le crayon reste gris. Noir et blanc&#xa0;: un seuil adaptatif.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="125"/>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="145"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="126"/>
        <source>How wide an area the paper&apos;s brightness is measured over, in % of the image. Larger than your thickest line.</source>
        <translation>Étendue de la zone sur laquelle la luminosité du papier est mesurée, en % de l&apos;image. Plus grande que votre trait le plus épais.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="130"/>
        <source>How much darker than the paper around it a pixel must be to count as a line. Raise it to drop faint smudges.</source>
        <translation>De combien un pixel doit être plus sombre que le papier autour pour compter comme une ligne. Augmentez pour ignorer les légères taches.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="134"/>
        <source>Thinner (below 0) or bolder (above 0) lines</source>
        <translation>Lignes plus fines (sous 0) ou plus épaisses (au-dessus de 0)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="136"/>
        <source>Invert</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="138"/>
        <source>Light lines on a dark ground</source>
        <translation>Lignes claires sur fond sombre</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="139"/>
        <source>Trim to</source>
        <translation>Rogner à</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="141"/>
        <source>Crop to the drawing plus a margin</source>
        <translation>Rogner au dessin plus une marge</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="146"/>
        <source>Margin left around the drawing, in % of the image</source>
        <translation>Marge laissée autour du dessin, en % de l&apos;image</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="158"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="159"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="160"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="161"/>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="162"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="163"/>
        <source>Margins</source>
        <translation>Marges</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="180"/>
        <source>Structure map</source>
        <translation>Carte de structure</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="182"/>
        <source>The structure a model follows, made here from your sketch so you can see it</source>
        <translation>La structure que suit un modèle, tirée ici de votre croquis pour que vous la voyiez</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="188"/>
        <source>Canny edges</source>
        <translation>Contours Canny</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="189"/>
        <source>Line art</source>
        <translation>Dessin au trait</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="190"/>
        <source>Canny: the outlines of every line. Line art: the lines themselves, as drawn.</source>
        <translation>Canny&#xa0;: le contour de chaque ligne. Dessin au trait&#xa0;: les lignes elles-mêmes, telles que dessinées.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="192"/>
        <source>Edges weaker than this are dropped; between the two thresholds they count only where they continue a strong edge</source>
        <translation>Les contours plus faibles sont ignorés&#xa0;; entre les deux seuils, ils ne comptent que s&apos;ils prolongent un contour fort</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="195"/>
        <source>Edges stronger than this always count. Raise it to drop paper texture.</source>
        <translation>Les contours plus forts comptent toujours. Augmentez pour ignorer la texture du papier.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="197"/>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="288"/>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="292"/>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="298"/>
        <source>Send this map</source>
        <translation>Envoyer cette carte</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="204"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="205"/>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="206"/>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="289"/>
        <source>Choose a model to see what it does with the map.</source>
        <translation>Choisissez un modèle pour voir ce qu&apos;il fait de la carte.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="293"/>
        <source>Send this map to %1 instead of letting it detect edges</source>
        <translation>Envoyer cette carte à %1 au lieu de le laisser détecter les contours</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="294"/>
        <source>%1 then skips its own edge detection and follows exactly the map shown under Structure.</source>
        <translation>%1 saute alors sa propre détection de contours et suit exactement la carte affichée sous «&#xa0;Structure&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="299"/>
        <source>%1 derives its own structure from the sketch you send; this map shows what to expect and is laid over results.</source>
        <translation>%1 tire sa propre structure du croquis envoyé&#xa0;; cette carte montre à quoi s&apos;attendre et est superposée aux résultats.</translation>
    </message>
</context>
<context>
    <name>StructureScore</name>
    <message>
        <location filename="../src/core/structure/structurescore.cpp" line="128"/>
        <source>Structure score: how well the result kept the sketch&apos;s lines, from 0 (none kept) to 1 (every line kept, nothing added). It is the F-score of the two images&apos; edges, counting an edge as kept when the other image has one within 1 % of the image diagonal.</source>
        <translation>Score de structure&#xa0;: à quel point le résultat a gardé les lignes du croquis, de 0 (aucune gardée) à 1 (toutes gardées, rien d&apos;ajouté). C&apos;est le F-score des contours des deux images, un contour comptant comme gardé si l&apos;autre image en a un à moins de 1&#xa0;% de la diagonale de l&apos;image.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/structurescore.cpp" line="135"/>
        <source>Kept lines (recall): %1 %. Result edges on sketch lines (precision): %2 %. Sketch %3 onto the result.</source>
        <translation>Lignes gardées (rappel)&#xa0;: %1&#xa0;%. Contours du résultat sur les lignes du croquis (précision)&#xa0;: %2&#xa0;%. Croquis %3 sur le résultat.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/structurescore.cpp" line="139"/>
        <source>cropped</source>
        <translation>rogné</translation>
    </message>
    <message>
        <location filename="../src/core/structure/structurescore.cpp" line="139"/>
        <source>stretched</source>
        <translation>étiré</translation>
    </message>
</context>
<context>
    <name>StructureSettings</name>
    <message>
        <location filename="../src/core/structure/structuresettings.cpp" line="41"/>
        <source>the Canny thresholds are LOW,HIGH with 0 &lt;= LOW &lt; HIGH &lt;= 255, got &apos;%1&apos;.</source>
        <translation>les seuils Canny sont LOW,HIGH avec 0 &lt;= LOW &lt; HIGH &lt;= 255, reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/structure/structuresettings.cpp" line="71"/>
        <source>map must be canny or lineart.</source>
        <translation>map doit valoir canny ou lineart.</translation>
    </message>
</context>
<context>
    <name>StudioSession</name>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="114"/>
        <source>The result could not be added to the history: %1</source>
        <translation>Le résultat n&apos;a pas pu être ajouté à l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="227"/>
        <source>no key</source>
        <translation>aucune clé</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="227"/>
        <source>looking for the key…</source>
        <translation>recherche de la clé…</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="229"/>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="231"/>
        <source>the last call failed</source>
        <translation>le dernier appel a échoué</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="266"/>
        <source>Choose a model first.</source>
        <translation>Choisissez d&apos;abord un modèle.</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="272"/>
        <location filename="../src/core/session/studiosession.cpp" line="278"/>
        <location filename="../src/core/session/studiosession.cpp" line="388"/>
        <source>Nothing was sent. %1</source>
        <translation>Rien n&apos;a été envoyé. %1</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="339"/>
        <source>The model %1 is not in the catalog.</source>
        <translation>Le modèle %1 n&apos;est pas dans le catalogue.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="113"/>
        <source>Cannot save the screenshot to %1.</source>
        <translation>Impossible d&apos;enregistrer la capture d&apos;écran dans %1.</translation>
    </message>
</context>
</TS>
