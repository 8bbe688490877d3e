<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiRequest</name>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="106"/>
        <source>Internal error: no network access for the %1.</source>
        <translation>Interner Fehler: kein Netzwerkzugriff für die %1.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="127"/>
        <location filename="../src/core/net/apirequest.cpp" line="284"/>
        <source>The %1 was cancelled.</source>
        <translation>Die %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="152"/>
        <source>The network access for the %1 was shut down.</source>
        <translation>Der Netzwerkzugriff für die %1 wurde beendet.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="290"/>
        <source>The answer of %1 to the %2 was larger than %3 MiB and was stopped.</source>
        <translation>%1: Die Antwort auf die %2 war größer als %3 MiB und wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="313"/>
        <source>%1 did not answer the %2 within %3 s.</source>
        <translation>%1 hat auf die %2 nicht innerhalb von %3 s geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="319"/>
        <source>The connection to %1 closed before it answered the %2.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor eine Antwort auf %2 kam.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="324"/>
        <source>Could not reach %1 for the %2</source>
        <translation>%1 war für die %2 nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="333"/>
        <source>%1 sent an unreadable answer to the %2 (invalid JSON: %3).</source>
        <translation>%1 hat auf die %2 eine unlesbare Antwort gesendet (ungültiges JSON: %3).</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="343"/>
        <source>%1 answered the %2 with the unexpected HTTP status %3.</source>
        <translation>%1 hat die %2 mit dem unerwarteten HTTP-Status %3 beantwortet.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="374"/>
        <source>%1 redirected the %2 without saying where to (HTTP %3).</source>
        <translation>%1 hat die %2 ohne Zieladresse umgeleitet (HTTP %3).</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="382"/>
        <source>%1 redirected the %2 more than %3 times; stopped.</source>
        <translation>%1 hat die %2 mehr als %3-mal umgeleitet; abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="395"/>
        <source>%1 redirected the %2 to %3, which is not allowed. %4</source>
        <translation>%1 hat die %2 nach %3 umgeleitet, was nicht erlaubt ist. %4</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="431"/>
        <source>%1 rejected the API key (%2). Check the key in Settings.</source>
        <translation>%1 hat den API-Schlüssel abgelehnt (%2). Prüfen Sie den Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="436"/>
        <source>%1 refused the %2 for lack of credits (%3)</source>
        <translation>%1 hat die %2 mangels Guthaben abgelehnt (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="442"/>
        <source>%1 is limiting the request rate (429); try again in a moment</source>
        <translation>%1 begrenzt die Anfragerate (429); versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="453"/>
        <source>Server error (HTTP %1)</source>
        <translation>Serverfehler (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="454"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="457"/>
        <source>%1 rejected the %2 (%3)</source>
        <translation>%1 hat die %2 abgelehnt (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="509"/>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="514"/>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
</context>
<context>
    <name>BeforeAfterView</name>
    <message>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="60"/>
        <source>Before and after comparison</source>
        <translation>Vorher-Nachher-Vergleich</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafteroverlay.cpp" line="75"/>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="63"/>
        <source>Sketch</source>
        <translation>Skizze</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafteroverlay.cpp" line="75"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="65"/>
        <location filename="../src/gui/widgets/beforeafterviewpaint.cpp" line="152"/>
        <location filename="../src/gui/widgets/beforeafterviewpaint.cpp" line="154"/>
        <location filename="../src/gui/widgets/beforeafterviewpaint.cpp" line="165"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="73"/>
        <source>Opacity of the result over the sketch</source>
        <translation>Deckkraft des Ergebnisses über der Skizze</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterviewpaint.cpp" line="77"/>
        <source>Nothing to compare yet</source>
        <translation>Noch nichts zu vergleichen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterviewpaint.cpp" line="150"/>
        <source>Generate to compare with the result</source>
        <translation>Generieren Sie ein Bild, um es mit dem Ergebnis zu vergleichen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterviewpaint.cpp" line="157"/>
        <source>Result %1 %</source>
        <translation>Ergebnis %1 %</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterviewpaint.cpp" line="160"/>
        <source>%1 over the result</source>
        <translation>%1 über dem Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterviewpaint.cpp" line="162"/>
        <source>Difference: bright where they differ</source>
        <translation>Differenz: hell, wo sie sich unterscheiden</translation>
    </message>
</context>
<context>
    <name>BlindJudgeDialog</name>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="39"/>
        <source>Judge Blind</source>
        <translation>Blind bewerten</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="53"/>
        <source>Pairs judged</source>
        <translation>Bewertete Paare</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="54"/>
        <source>How many of the pairs you have judged</source>
        <translation>Wie viele der Paare Sie schon bewertet haben</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="55"/>
        <source>Which result is better? The models stay hidden until every pair is judged.</source>
        <translation>Welches Ergebnis ist besser? Die Modelle bleiben verborgen, bis jedes Paar bewertet ist.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="65"/>
        <source>Prompt: %1</source>
        <translation>Prompt: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="73"/>
        <source>Left result</source>
        <translation>Linkes Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="74"/>
        <source>One of the two results; its model is hidden</source>
        <translation>Eines der beiden Ergebnisse; sein Modell ist verborgen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="79"/>
        <source>Right result</source>
        <translation>Rechtes Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="80"/>
        <source>The other result; its model is hidden</source>
        <translation>Das andere Ergebnis; sein Modell ist verborgen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="81"/>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="159"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="82"/>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="159"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="93"/>
        <source>← &amp;Left Is Better</source>
        <translation>← &amp;Links ist besser</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="94"/>
        <source>Vote for the left result (Left arrow)</source>
        <translation>Für das linke Ergebnis stimmen (Pfeil nach links)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="95"/>
        <source>↓ &amp;Tie</source>
        <translation>↓ &amp;Unentschieden</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="96"/>
        <source>Both results are as good (Down arrow)</source>
        <translation>Beide Ergebnisse sind gleich gut (Pfeil nach unten)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="97"/>
        <source>&amp;Skip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="98"/>
        <source>Go on without a vote for this pair (S)</source>
        <translation>Ohne Stimme für dieses Paar weitermachen (S)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="99"/>
        <source>&amp;Right Is Better →</source>
        <translation>&amp;Rechts ist besser →</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="100"/>
        <source>Vote for the right result (Right arrow)</source>
        <translation>Für das rechte Ergebnis stimmen (Pfeil nach rechts)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="101"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="102"/>
        <source>Judge the previous pair again (Backspace)</source>
        <translation>Das vorige Paar noch einmal bewerten (Rücktaste)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="152"/>
        <source>&lt;b&gt;The models, revealed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Modelle, aufgedeckt&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="159"/>
        <source>Your vote</source>
        <translation>Ihre Stimme</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="162"/>
        <source>Judged pairs</source>
        <translation>Bewertete Paare</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="163"/>
        <source>Each pair with the models that made it and your vote</source>
        <translation>Jedes Paar mit den Modellen, die es erzeugt haben, und Ihrer Stimme</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="171"/>
        <source>Show &amp;Leaderboard</source>
        <translation>Rang&amp;liste zeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="174"/>
        <source>Close this and show the models ranked by all your blind votes</source>
        <translation>Dies schließen und die Modelle nach all Ihren blinden Stimmen geordnet zeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="182"/>
        <source>Stop judging; the votes cast so far are kept</source>
        <translation>Das Bewerten beenden; die bisherigen Stimmen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="243"/>
        <source>A vote could not be saved: %1</source>
        <translation>Eine Stimme konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="262"/>
        <source>Pair %1 of %2</source>
        <translation>Paar %1 von %2</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="277"/>
        <source>A result cannot be read: %1</source>
        <translation>Ein Ergebnis kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="293"/>
        <source>Left: %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="295"/>
        <source>Right: %1</source>
        <translation>Rechts: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="297"/>
        <source>Tie</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="301"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="322"/>
        <source>%1. %2: %n win(s)</source>
        <translation>
            <numerusform>%1. %2: %n Sieg</numerusform>
            <numerusform>%1. %2: %n Siege</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="326"/>
        <source>Every pair was skipped, so nothing was recorded.</source>
        <translation>Jedes Paar wurde übersprungen, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="327"/>
        <source>In this comparison:</source>
        <translation>In diesem Vergleich:</translation>
    </message>
</context>
<context>
    <name>BlindSession</name>
    <message>
        <location filename="../src/core/history/blindsession.cpp" line="22"/>
        <source>Blind judging needs the results of at least two models of one comparison.</source>
        <translation>Für eine Blindbewertung braucht es die Ergebnisse von mindestens zwei Modellen eines Vergleichs.</translation>
    </message>
</context>
<context>
    <name>CleanupSettings</name>
    <message>
        <location filename="../src/core/structure/cleanupsettings.cpp" line="109"/>
        <source>shading must be off, even or threshold.</source>
        <translation>shading muss off, even oder threshold sein.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/cleanupsettings.cpp" line="125"/>
        <source>corners must be four [x, y] pairs of fractions of the image size.</source>
        <translation>corners müssen vier [x, y]-Paare aus Anteilen der Bildgröße sein.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/cleanupsettings.cpp" line="137"/>
        <source>the clean-up spec is empty.</source>
        <translation>Die Bereinigungsangabe ist leer.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/cleanupsettings.cpp" line="144"/>
        <source>%1 takes a whole number from %2 to %3, got &apos;%4&apos;.</source>
        <translation>%1 erwartet eine ganze Zahl von %2 bis %3, erhalten: „%4“.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/cleanupsettings.cpp" line="163"/>
        <source>shading takes off, even or threshold, got &apos;%1&apos;.</source>
        <translation>shading erwartet off, even oder threshold, erhalten: „%1“.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/cleanupsettings.cpp" line="186"/>
        <source>corners takes four x:y fractions separated by &apos;/&apos;, in the order top-left/top-right/bottom-right/bottom-left, got &apos;%1&apos;.</source>
        <translation>corners erwartet vier x:y-Anteile, getrennt durch „/“, in der Reihenfolge oben links/oben rechts/unten rechts/unten links, erhalten: „%1“.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/cleanupsettings.cpp" line="192"/>
        <source>unknown clean-up item &apos;%1&apos; (known: photo, shading=off|even|threshold, size=N, offset=N, weight=N, invert, trim, padding=N, corners=...).</source>
        <translation>Unbekannter Bereinigungseintrag „%1“ (bekannt: photo, shading=off|even|threshold, size=N, offset=N, weight=N, invert, trim, padding=N, corners=...).</translation>
    </message>
</context>
<context>
    <name>ColorPaletteEditor</name>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="35"/>
        <source>Add colour</source>
        <translation>Farbe hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="37"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="49"/>
        <source>Custom colours</source>
        <translation>Eigene Farben</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="52"/>
        <source>Add a colour to the palette</source>
        <translation>Der Palette eine Farbe hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="90"/>
        <source>Choose the colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="98"/>
        <source>How strongly this colour is used</source>
        <translation>Wie stark diese Farbe verwendet wird</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="99"/>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="104"/>
        <source>Remove this colour</source>
        <translation>Diese Farbe entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="156"/>
        <source>Palette Colour</source>
        <translation>Palettenfarbe</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/app/commandline.cpp" line="41"/>
        <source>Turn rough sketches into finished images with cloud reimagine models.</source>
        <translation>Verwandelt grobe Skizzen mit Reimagine-Modellen in der Cloud in fertige Bilder.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="27"/>
        <source>Save a picture of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Ein Bild des Fensters in &lt;file&gt; speichern, sobald es angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="29"/>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Fenstergröße, z. B. 1280x800.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="30"/>
        <source>Select the model &lt;id&gt; at start.</source>
        <translation>Beim Start das Modell &lt;id&gt; auswählen.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="31"/>
        <source>Load &lt;file&gt; as the sketch at start.</source>
        <translation>Beim Start &lt;file&gt; als Skizze laden.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="32"/>
        <source>Load the bundled sample sketch at start.</source>
        <translation>Beim Start die mitgelieferte Beispielskizze laden.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="34"/>
        <source>Open the Advanced section of the form (for screenshots).</source>
        <translation>Den Bereich „Erweitert“ des Formulars öffnen (für Screenshots).</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="35"/>
        <source>Use a dark palette instead of the system&apos;s (for screenshots).</source>
        <translation>Eine dunkle Farbpalette statt der des Systems verwenden (für Bildschirmfotos).</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="36"/>
        <source>Start with &lt;text&gt; as the prompt.</source>
        <translation>Mit &lt;text&gt; als Prompt starten.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="38"/>
        <source>Start in compare mode with the models &lt;ids&gt; (comma-separated).</source>
        <translation>Im Vergleichsmodus mit den Modellen &lt;ids&gt; starten (kommagetrennt).</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="49"/>
        <source>A sketch to open.</source>
        <translation>Eine zu öffnende Skizze.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="79"/>
        <source>--size expects WIDTHxHEIGHT, e.g. 1280x800.</source>
        <translation>--size erwartet BREITExHÖHE, z. B. 1280x800.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="85"/>
        <location filename="../src/app/commandline.cpp" line="107"/>
        <source>Unknown model: %1</source>
        <translation>Unbekanntes Modell: %1</translation>
    </message>
</context>
<context>
    <name>CompareCell</name>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="146"/>
        <location filename="../src/gui/widgets/comparecellstructure.cpp" line="9"/>
        <location filename="../src/gui/widgets/comparecellstructure.cpp" line="10"/>
        <source>Double-click to open in the before/after view</source>
        <translation>Doppelklicken, um es in der Vorher-Nachher-Ansicht zu öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="189"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="191"/>
        <source>Winner</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="192"/>
        <location filename="../src/gui/widgets/comparecell.cpp" line="325"/>
        <source>Mark as the winner</source>
        <translation>Als Favorit markieren</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="194"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="195"/>
        <source>Open in the before/after view</source>
        <translation>In der Vorher-Nachher-Ansicht öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="197"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="198"/>
        <source>Save the result as…</source>
        <translation>Ergebnis speichern unter…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="208"/>
        <source>Generation time</source>
        <translation>Generierungszeit</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="209"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="210"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="255"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="299"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="325"/>
        <source>The winner (click to unmark)</source>
        <translation>Der Favorit (zum Aufheben klicken)</translation>
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
        <translation>%1 $</translation>
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
        <translation>Struktur %1</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message numerus="yes">
        <location filename="../src/gui/comparecontroller.cpp" line="104"/>
        <source>This comparison of %n model(s)</source>
        <translation>
            <numerusform>Dieser Vergleich von %n Modell</numerusform>
            <numerusform>Dieser Vergleich von %n Modellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/comparecontroller.cpp" line="139"/>
        <source>Comparing %n model(s)…</source>
        <translation>
            <numerusform>%n Modell wird verglichen…</numerusform>
            <numerusform>%n Modelle werden verglichen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="185"/>
        <source>The result cannot be read: %1</source>
        <translation>Das Ergebnis kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="209"/>
        <source>%1 marked as the winner (a favourite in the history).</source>
        <translation>%1 als Favorit markiert (auch im Verlauf als Favorit).</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="257"/>
        <source>Only a run of this comparison can be run again.</source>
        <translation>Nur ein Durchlauf dieses Vergleichs kann erneut ausgeführt werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="269"/>
        <source>%1 takes no seed, so it cannot run with the next one.</source>
        <translation>%1 nimmt keinen Seed an und kann daher nicht mit dem nächsten laufen.</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="278"/>
        <source>%1 with seed %2</source>
        <translation>%1 mit Seed %2</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="282"/>
        <source>The model %1 is not in the catalog.</source>
        <translation>Das Modell %1 ist nicht im Katalog.</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="289"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="295"/>
        <location filename="../src/gui/comparecontroller.cpp" line="372"/>
        <source>Run a comparison first.</source>
        <translation>Führen Sie zuerst einen Vergleich durch.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/comparecontroller.cpp" line="307"/>
        <source>This rerun of %n model(s) with seed %1</source>
        <translation>
            <numerusform>Dieser erneute Durchlauf von %n Modell mit Seed %1</numerusform>
            <numerusform>Dieser erneute Durchlauf von %n Modellen mit Seed %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/comparecontroller.cpp" line="335"/>
        <source>Running %n more model(s) in this comparison…</source>
        <translation>
            <numerusform>%n weiteres Modell läuft in diesem Vergleich…</numerusform>
            <numerusform>%n weitere Modelle laufen in diesem Vergleich…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="350"/>
        <source>Rerun with Seed + 1</source>
        <translation>Mit Seed + 1 erneut ausführen</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="352"/>
        <source>Rerun On</source>
        <translation>Erneut ausführen auf</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="357"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="359"/>
        <source>The same sketch, prompt and seed on %1</source>
        <translation>Dieselbe Skizze, derselbe Prompt und Seed auf %1</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="362"/>
        <source>Rerun All with a New Seed</source>
        <translation>Alle mit neuem Seed erneut ausführen</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="364"/>
        <source>Judge Blind…</source>
        <translation>Blind bewerten…</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="375"/>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="376"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="396"/>
        <source>Comparison saved as %1.</source>
        <translation>Vergleich als %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="397"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="404"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>CompareGrid</name>
    <message>
        <location filename="../src/gui/widgets/comparegrid.cpp" line="63"/>
        <source>No results to compare yet.
Tick models and press Run comparison.</source>
        <translation>Noch keine Ergebnisse zum Vergleichen.
Kreuzen Sie Modelle an und klicken Sie auf „Vergleich starten“.</translation>
    </message>
</context>
<context>
    <name>CompareOverridesDialog</name>
    <message>
        <location filename="../src/gui/panels/compareoverridesdialog.cpp" line="19"/>
        <source>%1 in this comparison</source>
        <translation>%1 in diesem Vergleich</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/compareoverridesdialog.cpp" line="28"/>
        <source>Changes here apply to %1 only and win over the shared intent.</source>
        <translation>Änderungen hier gelten nur für %1 und haben Vorrang vor den gemeinsamen Angaben.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/compareoverridesdialog.cpp" line="31"/>
        <source>Use Shared Values</source>
        <translation>Gemeinsame Werte verwenden</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/compareoverridesdialog.cpp" line="32"/>
        <source>Forget the changes for this model: it gets the shared intent again</source>
        <translation>Änderungen für dieses Modell verwerfen: Es erhält wieder die gemeinsamen Angaben</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/compareoverridesdialog.cpp" line="33"/>
        <source>Keeps these settings for this model in the comparison</source>
        <translation>Behält diese Einstellungen für dieses Modell im Vergleich</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/compareoverridesdialog.cpp" line="34"/>
        <source>Closes this window without changing anything</source>
        <translation>Schließt dieses Fenster, ohne etwas zu ändern</translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="45"/>
        <source>1:1 square</source>
        <translation>1:1 quadratisch</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="46"/>
        <source>4:3 landscape</source>
        <translation>4:3 Querformat</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="47"/>
        <source>3:4 portrait</source>
        <translation>3:4 Hochformat</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="48"/>
        <source>3:2 landscape</source>
        <translation>3:2 Querformat</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="49"/>
        <source>2:3 portrait</source>
        <translation>2:3 Hochformat</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="50"/>
        <source>16:9 landscape</source>
        <translation>16:9 Querformat</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="51"/>
        <source>9:16 portrait</source>
        <translation>9:16 Hochformat</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="61"/>
        <source>Shared intent</source>
        <translation>Gemeinsame Angaben</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="70"/>
        <source>What the sketch should become, e.g. a cosy reading corner, warm evening light</source>
        <translation>Was aus der Skizze werden soll, z. B. eine gemütliche Leseecke im warmen Abendlicht</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="75"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="79"/>
        <source>Optional: what to avoid</source>
        <translation>Optional: was vermieden werden soll</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="81"/>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="87"/>
        <source>Every model gets the same seed</source>
        <translation>Jedes Modell erhält denselben Seed</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="91"/>
        <source>New random seed</source>
        <translation>Neuer zufälliger Seed</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="92"/>
        <source>Randomize seed</source>
        <translation>Seed zufällig wählen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="139"/>
        <location filename="../src/gui/panels/comparesetup.cpp" line="353"/>
        <source>Match sketch</source>
        <translation>Wie die Skizze</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="142"/>
        <source>Mapped onto each model&apos;s closest aspect ratio; &quot;Match sketch&quot; follows the sketch&apos;s own shape</source>
        <translation>Auf das jeweils nächstliegende Seitenverhältnis jedes Modells übertragen; „Wie die Skizze“ folgt der Form der Skizze</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="536"/>
        <source>Describe what the sketch should become: the prompt is empty.</source>
        <translation>Beschreiben Sie, was aus der Skizze werden soll: Der Prompt ist leer.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="100"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="73"/>
        <source>Every model of the comparison gets this prompt</source>
        <translation>Jedes Modell des Vergleichs erhält diesen Prompt</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="118"/>
        <source>How closely each model follows the sketch (0–1, scaled onto each model&apos;s own range)</source>
        <translation>Wie genau jedes Modell der Skizze folgt (0–1, auf den eigenen Wertebereich jedes Modells umgerechnet)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="125"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="144"/>
        <source>Aspect</source>
        <translation>Seitenverhältnis</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="149"/>
        <source>Images per model, where the model can make several</source>
        <translation>Bilder pro Modell, sofern das Modell mehrere erzeugen kann</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="150"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="152"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="170"/>
        <source>Back to One Model</source>
        <translation>Zurück zu einem Modell</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="172"/>
        <source>Leave Compare and return to the model form (Ctrl+Shift+C)</source>
        <translation>Vergleich verlassen und zum Modellformular zurückkehren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="247"/>
        <source>Exact settings for %1 in this comparison</source>
        <translation>Genaue Einstellungen für %1 in diesem Vergleich</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="248"/>
        <source>Settings for %1</source>
        <translation>Einstellungen für %1</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="353"/>
        <source>Match sketch (%1)</source>
        <translation>Wie die Skizze (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/comparesetup.cpp" line="487"/>
        <source>%n setting(s) changed</source>
        <translation>
            <numerusform>%n Einstellung geändert</numerusform>
            <numerusform>%n Einstellungen geändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="532"/>
        <source>Open or drop a sketch first: every model starts from it.</source>
        <translation>Öffnen oder ziehen Sie zuerst eine Skizze hierher: Jedes Modell geht von ihr aus.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="534"/>
        <source>Tick at least two models to compare.</source>
        <translation>Wählen Sie mindestens zwei Modelle zum Vergleichen aus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/comparesetup.cpp" line="546"/>
        <source>%1 + %n unpriced</source>
        <translation>
            <numerusform>%1 + %n ohne Preis</numerusform>
            <numerusform>%1 + %n ohne Preis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="547"/>
        <source>price unknown</source>
        <translation>Preis unbekannt</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="548"/>
        <source>Run comparison · %1</source>
        <translation>Vergleich starten · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/comparesetup.cpp" line="552"/>
        <source>%n model(s), same sketch, prompt and seed.</source>
        <translation>
            <numerusform>%n Modell, gleiche Skizze, gleicher Prompt und Seed.</numerusform>
            <numerusform>%n Modelle, gleiche Skizze, gleicher Prompt und Seed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="553"/>
        <source>Send the sketch and intent to every ticked model at once</source>
        <translation>Skizze und Angaben gleichzeitig an alle ausgewählten Modelle senden</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/seedlockbutton.cpp" line="32"/>
        <source>Seed locked: every comparison uses this seed. Click to get a new seed for every comparison.</source>
        <translation>Seed fixiert: Jeder Vergleich verwendet diesen Seed. Klicken, um für jeden Vergleich einen neuen Seed zu erhalten.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/seedlockbutton.cpp" line="35"/>
        <source>Seed unlocked: every comparison gets a new random seed, shown here. Click (or type a seed) to keep one.</source>
        <translation>Seed frei: Jeder Vergleich erhält einen neuen zufälligen Seed, der hier angezeigt wird. Klicken (oder einen Seed eingeben), um einen zu behalten.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/seedlockbutton.cpp" line="38"/>
        <source>Seed locked</source>
        <translation>Seed fixiert</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/seedlockbutton.cpp" line="39"/>
        <source>Seed unlocked</source>
        <translation>Seed frei</translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <location filename="../src/core/imaging/comparisonexport.cpp" line="54"/>
        <source> · seed %1</source>
        <translation> · Seed %1</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/comparisonexport.cpp" line="58"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/comparisonexport.cpp" line="82"/>
        <source>There is nothing to export.</source>
        <translation>Es gibt nichts zu exportieren.</translation>
    </message>
</context>
<context>
    <name>CostGate</name>
    <message>
        <location filename="../src/gui/costgate.cpp" line="36"/>
        <source>Nothing was sent. %1</source>
        <translation>Es wurde nichts gesendet. %1</translation>
    </message>
    <message>
        <location filename="../src/gui/costgate.cpp" line="46"/>
        <source>%1 may already have been charged: its answer was lost after the request was sent. Running it again costs %2 more. Run it again?</source>
        <translation>%1 wurde möglicherweise bereits berechnet: Die Antwort ging verloren, nachdem die Anfrage gesendet war. Ein erneuter Durchlauf kostet weitere %2. Erneut ausführen?</translation>
    </message>
    <message>
        <location filename="../src/gui/costgate.cpp" line="50"/>
        <source>%1 costs %2, more than your limit of %3. Run it?</source>
        <translation>%1 kostet %2, mehr als Ihre Grenze von %3. Ausführen?</translation>
    </message>
    <message>
        <location filename="../src/gui/costgate.cpp" line="53"/>
        <source>Confirm Cost</source>
        <translation>Kosten bestätigen</translation>
    </message>
    <message>
        <location filename="../src/gui/costgate.cpp" line="58"/>
        <source>Run at unknown price</source>
        <translation>Zu unbekanntem Preis ausführen</translation>
    </message>
    <message>
        <location filename="../src/gui/costgate.cpp" line="59"/>
        <source>Run for %1</source>
        <translation>Für %1 ausführen</translation>
    </message>
</context>
<context>
    <name>CostLedger</name>
    <message>
        <location filename="../src/core/session/costledger.cpp" line="66"/>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <location filename="../src/core/session/costledger.cpp" line="68"/>
        <source>an unknown price</source>
        <translation>ein unbekannter Preis</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/session/costledger.cpp" line="70"/>
        <source>about %1 + %n run(s) of unknown price</source>
        <translation>
            <numerusform>etwa %1 + %n Durchlauf mit unbekanntem Preis</numerusform>
            <numerusform>etwa %1 + %n Durchläufe mit unbekanntem Preis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/session/costledger.cpp" line="76"/>
        <source>The price of %1 is unknown, so it cannot be held under the limit of %2.</source>
        <translation>Der Preis von %1 ist unbekannt, daher kann er nicht unter der Grenze von %2 gehalten werden.</translation>
    </message>
    <message>
        <location filename="../src/core/session/costledger.cpp" line="83"/>
        <source>This run costs about %1, more than the limit of %2.</source>
        <translation>Dieser Durchlauf kostet etwa %1, mehr als die Grenze von %2.</translation>
    </message>
    <message>
        <location filename="../src/core/session/costledger.cpp" line="93"/>
        <source>This would bring today&apos;s spending to %1, over your daily budget of %2 (spent today: %3; this: %4). Raise the budget in Settings or wait until tomorrow.</source>
        <translation>Damit stiegen die heutigen Ausgaben auf %1, über Ihr Tagesbudget von %2 (heute ausgegeben: %3; dieser Durchlauf: %4). Erhöhen Sie das Budget in den Einstellungen oder warten Sie bis morgen</translation>
    </message>
</context>
<context>
    <name>DamagedFile</name>
    <message>
        <location filename="../src/core/base/damagedfile.cpp" line="23"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <location filename="../src/core/net/endpoint.cpp" line="30"/>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>„%1“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <location filename="../src/core/net/endpoint.cpp" line="32"/>
        <source>Addresses with a user name or password are not allowed (%1).</source>
        <translation>Adressen mit Benutzername oder Passwort sind nicht erlaubt (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/net/endpoint.cpp" line="40"/>
        <source>Plain http is only allowed for this computer (localhost); use https for %1.</source>
        <translation>Unverschlüsseltes http ist nur für diesen Computer (localhost) erlaubt; verwenden Sie https für %1.</translation>
    </message>
    <message>
        <location filename="../src/core/net/endpoint.cpp" line="43"/>
        <source>Only https addresses are allowed, not &quot;%1&quot;.</source>
        <translation>Nur https-Adressen sind erlaubt, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>EnumEditor</name>
    <message>
        <location filename="../src/gui/forms/enumeditor.cpp" line="23"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>FailureBanner</name>
    <message>
        <location filename="../src/gui/widgets/failurebanner.cpp" line="38"/>
        <location filename="../src/gui/widgets/failurebanner.cpp" line="39"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/failurebanner.cpp" line="70"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/failurebanner.cpp" line="73"/>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/failurebanner.cpp" line="76"/>
        <source>Fix Field</source>
        <translation>Feld korrigieren</translation>
    </message>
</context>
<context>
    <name>FalQueueRun</name>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="143"/>
        <source>Internal error: no network access for fal.</source>
        <translation>Interner Fehler: kein Netzwerkzugriff für fal.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="147"/>
        <source>No fal API key is set. Add it in Settings or set FAL_KEY.</source>
        <translation>Es ist kein fal-API-Schlüssel festgelegt. Fügen Sie ihn in den Einstellungen hinzu oder setzen Sie FAL_KEY.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="152"/>
        <source>The fal address is not allowed: %1</source>
        <translation>Die fal-Adresse ist nicht erlaubt: %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="157"/>
        <source>&quot;%1&quot; is not a valid fal endpoint id.</source>
        <translation>„%1“ ist keine gültige fal-Endpunkt-ID.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falupload.cpp" line="121"/>
        <source>fal storage</source>
        <translation>fal-Speicher</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="220"/>
        <source>There is no fal request to resume.</source>
        <translation>Es gibt keine fal-Anfrage zum Fortsetzen.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="265"/>
        <source>fal returned an unusable %1 (%2); the job was not followed.</source>
        <translation>fal hat eine unbrauchbare %1 geliefert (%2); der Auftrag wurde nicht weiterverfolgt.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="266"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="270"/>
        <source>fal returned a %1 on another host (%2); the API key is only sent to %3, so the job was not followed.</source>
        <translation>fal hat eine %1 auf einem anderen Host geliefert (%2); der API-Schlüssel wird nur an %3 gesendet, daher wurde der Auftrag nicht weiterverfolgt.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falupload.cpp" line="77"/>
        <source>Cannot read the image for &quot;%1&quot;: %2</source>
        <translation>Das Bild für „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falupload.cpp" line="86"/>
        <location filename="../src/core/providers/falupload.cpp" line="122"/>
        <source>upload</source>
        <translation>Anfrage zum Hochladen</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falupload.cpp" line="109"/>
        <source>fal storage did not return a usable upload address: %1</source>
        <translation>Der fal-Speicher hat keine brauchbare Adresse zum Hochladen geliefert: %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falupload.cpp" line="178"/>
        <source>submit</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falupload.cpp" line="201"/>
        <source>fal accepted the job but did not say its request id.</source>
        <translation>fal hat den Auftrag angenommen, aber keine Anfrage-ID genannt.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falfollow.cpp" line="55"/>
        <source>status stream</source>
        <translation>Statusübertragung</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falfollow.cpp" line="146"/>
        <source>status request</source>
        <translation>Statusabfrage</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falfollow.cpp" line="159"/>
        <source>fal sent an unreadable status.</source>
        <translation>fal hat einen unlesbaren Status gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falfollow.cpp" line="191"/>
        <location filename="../src/core/providers/falfollow.cpp" line="199"/>
        <source>fal could not run the model: %1</source>
        <translation>fal konnte das Modell nicht ausführen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falfollow.cpp" line="192"/>
        <source>fal could not run the model: %1 (%2)</source>
        <translation>fal konnte das Modell nicht ausführen: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falfollow.cpp" line="232"/>
        <source>result request</source>
        <translation>Ergebnisabfrage</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falfollow.cpp" line="245"/>
        <source>fal finished the job but returned no image.</source>
        <translation>fal hat den Auftrag abgeschlossen, aber kein Bild geliefert.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="127"/>
        <source>fal returned an inline image that cannot be read.</source>
        <translation>fal hat ein eingebettetes Bild geliefert, das nicht gelesen werden kann.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="119"/>
        <source>image download</source>
        <translation>Anfrage zum Herunterladen des Bildes</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="117"/>
        <source>the fal CDN</source>
        <translation>das fal-CDN</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="122"/>
        <source>fal returned a file that is not an image (%1 bytes).</source>
        <translation>fal hat eine Datei geliefert, die kein Bild ist (%1 Byte).</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="125"/>
        <source>fal returned an image that cannot be used: %1</source>
        <translation>fal hat ein unbrauchbares Bild geliefert: %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="290"/>
        <source>fal did not finish the job within %1 s; it was cancelled.</source>
        <translation>fal hat den Auftrag nicht innerhalb von %1 s abgeschlossen; er wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="301"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="330"/>
        <source>cancel request</source>
        <translation>Abbruchanfrage</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="354"/>
        <source>fal refused the job: the account balance is exhausted. Add credits at fal.ai and try again.</source>
        <translation>fal hat den Auftrag abgelehnt: Das Guthaben des Kontos ist aufgebraucht. Laden Sie bei fal.ai Guthaben auf und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="359"/>
        <source>fal rejected the API key (%1). Check the fal key in Settings.</source>
        <translation>fal hat den API-Schlüssel abgelehnt (%1). Prüfen Sie den fal-Schlüssel in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>FidelityBar</name>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="40"/>
        <source>Sketch</source>
        <translation>Skizze</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="41"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="42"/>
        <source>What the before side shows: the sketch as sent, the structure map made from it, or another result to compare this one with</source>
        <translation>Was die Vorher-Seite zeigt: die Skizze wie gesendet, die daraus erstellte Strukturkarte oder ein anderes Ergebnis zum Vergleich</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="45"/>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="57"/>
        <source>As run</source>
        <translation>Wie ausgeführt</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="58"/>
        <source>Best structure first</source>
        <translation>Beste Struktur zuerst</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="59"/>
        <source>Order of the results: as they were run, or by how well they kept the sketch&apos;s lines</source>
        <translation>Reihenfolge der Ergebnisse: wie sie ausgeführt wurden oder danach, wie gut sie die Linien der Skizze bewahrt haben</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="61"/>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="71"/>
        <source>Sketch lines</source>
        <translation>Skizzenlinien</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="74"/>
        <source>Lay the sketch&apos;s structure over the result, to see where it drifted from your lines</source>
        <translation>Die Struktur der Skizze über das Ergebnis legen, um zu sehen, wo es von Ihren Linien abweicht</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="79"/>
        <source>Colour of the sketch lines</source>
        <translation>Farbe der Skizzenlinien</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="88"/>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="89"/>
        <source>Opacity of the sketch lines</source>
        <translation>Deckkraft der Skizzenlinien</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="194"/>
        <source>Structure %1</source>
        <translation>Struktur %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/fidelitybar.cpp" line="236"/>
        <source>Colour of the Sketch Lines</source>
        <translation>Farbe der Skizzenlinien</translation>
    </message>
</context>
<context>
    <name>FidelityController</name>
    <message>
        <location filename="../src/gui/fidelitycontroller.cpp" line="68"/>
        <source>line art</source>
        <translation>Strichzeichnung</translation>
    </message>
    <message>
        <location filename="../src/gui/fidelitycontroller.cpp" line="69"/>
        <source>Canny edges %1/%2</source>
        <translation>Canny-Kanten %1/%2</translation>
    </message>
    <message>
        <location filename="../src/gui/fidelitycontroller.cpp" line="267"/>
        <source>Structure map of the sketch: %1.</source>
        <translation>Strukturkarte der Skizze: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/fidelitycontroller.cpp" line="272"/>
        <source>%1 followed this map (%2), sent with its own preprocessing off.</source>
        <translation>%1 ist dieser Karte gefolgt (%2), gesendet mit abgeschalteter eigener Vorverarbeitung.</translation>
    </message>
    <message>
        <location filename="../src/gui/fidelitycontroller.cpp" line="274"/>
        <source>%1 derived its own structure from the sketch; this is the local map (%2).</source>
        <translation>%1 hat seine Struktur selbst aus der Skizze abgeleitet; dies ist die lokale Karte (%2).</translation>
    </message>
</context>
<context>
    <name>FreepikRun</name>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="122"/>
        <location filename="../src/core/providers/freepikprovider.cpp" line="154"/>
        <source>No Freepik API key is set. Add one in Settings.</source>
        <translation>Es ist kein Freepik-API-Schlüssel festgelegt. Fügen Sie einen in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="155"/>
        <source>This Freepik job cannot be resumed: its task id was not saved. It was not resubmitted.</source>
        <translation>Dieser Freepik-Auftrag kann nicht fortgesetzt werden: Seine Task-ID wurde nicht gespeichert. Er wurde nicht erneut übermittelt.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="163"/>
        <source>Following Freepik task %1</source>
        <translation>Freepik-Task %1 wird verfolgt</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="173"/>
        <source>Cancelled. Freepik has no way to cancel a task: it may still complete it (and bill it).</source>
        <translation>Abgebrochen. Freepik kann Tasks nicht abbrechen: Der Task wird eventuell trotzdem abgeschlossen (und berechnet).</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="175"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="190"/>
        <source>Freepik did not finish the job within %1 min; stopped waiting. It was not resubmitted%2.</source>
        <translation>Freepik hat den Auftrag nicht innerhalb von %1 min abgeschlossen; das Warten wurde beendet. Er wurde nicht erneut übermittelt%2.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="193"/>
        <source> and may still complete (and be billed)</source>
        <translation> und wird eventuell noch abgeschlossen (und berechnet)</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="225"/>
        <source>Freepik needs an image: drop a local file.</source>
        <translation>Freepik benötigt ein Bild: Ziehen Sie eine lokale Datei hierher.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="232"/>
        <source>Freepik needs the image itself: drop a local file instead of a link.</source>
        <translation>Freepik benötigt das Bild selbst: Ziehen Sie statt eines Links eine lokale Datei hierher.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="238"/>
        <source>The image data is not a PNG, JPEG, WebP or GIF image.</source>
        <translation>Die Bilddaten sind kein PNG-, JPEG-, WebP- oder GIF-Bild.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="251"/>
        <source>The image file &quot;%1&quot; does not exist.</source>
        <translation>Die Bilddatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="255"/>
        <source>Preparing %1</source>
        <translation>%1 wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="268"/>
        <source>Sending the sketch (%1 x %2, %3 KiB)</source>
        <translation>Skizze wird gesendet (%1 x %2, %3 KiB)</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="299"/>
        <source>generation request</source>
        <translation>Generierungsanfrage</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="322"/>
        <source>status request</source>
        <translation>Statusabfrage</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="353"/>
        <source>Freepik accepted the job but sent no usable task id.</source>
        <translation>Freepik hat den Auftrag angenommen, aber keine brauchbare Task-ID gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="81"/>
        <location filename="../src/core/providers/freepikprovider.cpp" line="366"/>
        <source>Freepik returned something that is not an image.</source>
        <translation>Freepik hat etwas geliefert, das kein Bild ist.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="379"/>
        <source>Freepik reported the task as completed but sent no image.</source>
        <translation>Freepik hat den Task als abgeschlossen gemeldet, aber kein Bild gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="390"/>
        <source>Freepik could not generate the image (the task failed).</source>
        <translation>Freepik konnte das Bild nicht generieren (der Task ist fehlgeschlagen).</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="391"/>
        <source>Freepik could not generate the image (the task failed): %1</source>
        <translation>Freepik konnte das Bild nicht generieren (der Task ist fehlgeschlagen): %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="396"/>
        <source>Freepik sent a task without a status.</source>
        <translation>Freepik hat einen Task ohne Status gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="402"/>
        <source>Freepik task %1 is %2</source>
        <translation>Freepik-Task %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="79"/>
        <source>image download</source>
        <translation>Anfrage zum Herunterladen des Bildes</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="83"/>
        <source>Freepik returned an image that cannot be read: %1</source>
        <translation>Freepik hat ein Bild geliefert, das nicht gelesen werden kann: %1</translation>
    </message>
</context>
<context>
    <name>GenerateController</name>
    <message>
        <location filename="../src/gui/generatecontroller.cpp" line="65"/>
        <source>This run</source>
        <translation>Dieser Durchlauf</translation>
    </message>
    <message>
        <location filename="../src/gui/generatecontroller.cpp" line="72"/>
        <source>Same Settings as the Last Run</source>
        <translation>Dieselben Einstellungen wie beim letzten Durchlauf</translation>
    </message>
    <message>
        <location filename="../src/gui/generatecontroller.cpp" line="73"/>
        <source>These are exactly the settings of your last %1 run, with the same locked seed.</source>
        <translation>Dies sind genau die Einstellungen Ihres letzten Durchlaufs mit %1, mit demselben fixierten Seed.</translation>
    </message>
    <message>
        <location filename="../src/gui/generatecontroller.cpp" line="78"/>
        <source>The model will return the same image again, and the run is charged again. Use a new seed to get a different image.</source>
        <translation>Das Modell liefert wieder dasselbe Bild, und der Durchlauf wird erneut berechnet. Verwenden Sie einen neuen Seed, um ein anderes Bild zu erhalten.</translation>
    </message>
    <message>
        <location filename="../src/gui/generatecontroller.cpp" line="80"/>
        <source>Use a &amp;New Seed</source>
        <translation>&amp;Neuen Seed verwenden</translation>
    </message>
    <message>
        <location filename="../src/gui/generatecontroller.cpp" line="82"/>
        <source>Run &amp;Again</source>
        <translation>&amp;Erneut ausführen</translation>
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
        <translation>Seed: %1</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="213"/>
        <source>Seed: unknown</source>
        <translation>Seed: unbekannt</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="214"/>
        <source>Cost: $%1</source>
        <translation>Kosten: %1 $</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="215"/>
        <source>Cost: unknown</source>
        <translation>Kosten: unbekannt</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="218"/>
        <source>Structure score: %1 (how well the result kept the sketch&apos;s lines, 0-1)</source>
        <translation>Strukturwert: %1 (wie gut das Ergebnis die Linien der Skizze bewahrt hat, 0–1)</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="221"/>
        <source>Rating: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="227"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="227"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="230"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../src/gui/panels/historyitemdelegate.cpp" line="62"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historyitemdelegate.cpp" line="64"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="55"/>
        <source>No Rating</source>
        <translation>Keine Bewertung</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="71"/>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="72"/>
        <source>Search prompts…</source>
        <translation>Prompts durchsuchen…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="74"/>
        <source>Every word must appear in the prompt or the negative prompt</source>
        <translation>Jedes Wort muss im Prompt oder im Negativ-Prompt vorkommen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="89"/>
        <source>Show runs of one model</source>
        <translation>Durchläufe eines Modells anzeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="90"/>
        <source>Show runs of one provider</source>
        <translation>Durchläufe eines Anbieters anzeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="91"/>
        <source>Show recent runs only</source>
        <translation>Nur neuere Durchläufe anzeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="92"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="93"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="94"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="95"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="98"/>
        <source>Show results, or the runs that failed or were cancelled</source>
        <translation>Ergebnisse anzeigen oder die Durchläufe, die fehlgeschlagen sind oder abgebrochen wurden</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="99"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="100"/>
        <source>Failed and cancelled</source>
        <translation>Fehlgeschlagen und abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="101"/>
        <source>All runs</source>
        <translation>Alle Durchläufe</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="107"/>
        <location filename="../src/gui/panels/historypanel.cpp" line="108"/>
        <source>Favourites only</source>
        <translation>Nur Favoriten</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="114"/>
        <source>Best structure score first: the results that kept the sketch&apos;s lines best</source>
        <translation>Bester Strukturwert zuerst: die Ergebnisse, die die Linien der Skizze am besten bewahrt haben</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="115"/>
        <source>Sort by structure score</source>
        <translation>Nach Strukturwert sortieren</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="119"/>
        <source>Your earlier runs and their results; the context menu opens, reuses, copies or deletes one</source>
        <translation>Ihre früheren Durchläufe und ihre Ergebnisse; das Kontextmenü öffnet, übernimmt, kopiert oder löscht einen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="135"/>
        <source>Run history</source>
        <translation>Verlauf der Durchläufe</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="210"/>
        <source>Reuse Parameters</source>
        <translation>Parameter übernehmen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="211"/>
        <source>Load this run&apos;s model and every parameter into the form</source>
        <translation>Modell und alle Parameter dieses Durchlaufs in das Formular laden</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="212"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="213"/>
        <source>Use as Sketch</source>
        <translation>Als Skizze verwenden</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="214"/>
        <source>Copy Image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="216"/>
        <source>Copy Parameters</source>
        <translation>Parameter kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="217"/>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="218"/>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="219"/>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="221"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="224"/>
        <source>Rerun with Seed + 1</source>
        <translation>Mit Seed + 1 erneut ausführen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="225"/>
        <source>Run this again with the next seed; the result joins its comparison</source>
        <translation>Noch einmal mit dem nächsten Seed ausführen; das Ergebnis kommt zu seinem Vergleich</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="226"/>
        <source>Rerun On</source>
        <translation>Erneut ausführen auf</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="229"/>
        <source>Rerun the Comparison with a New Seed</source>
        <translation>Den Vergleich mit neuem Seed erneut ausführen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="230"/>
        <source>Run every model of this run&apos;s comparison again with one new seed</source>
        <translation>Jedes Modell des Vergleichs dieses Durchlaufs mit einem neuen Seed erneut ausführen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="231"/>
        <source>Judge Blind…</source>
        <translation>Blind bewerten…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="232"/>
        <source>Judge the results of this run&apos;s comparison in pairs, with the models hidden</source>
        <translation>Die Ergebnisse des Vergleichs dieses Durchlaufs paarweise und mit verborgenen Modellen bewerten</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="233"/>
        <source>Tags…</source>
        <translation>Schlagwörter…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="234"/>
        <source>Tag this run with a project or client; the leaderboard ranks per tag</source>
        <translation>Diesen Durchlauf mit einem Projekt oder Kunden verschlagworten; die Rangliste gilt je Schlagwort</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="236"/>
        <source>Rate</source>
        <translation>Bewerten</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/historypanel.cpp" line="245"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n Stern</numerusform>
            <numerusform>%n Sterne</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="346"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="347"/>
        <source>Tags of this run, separated by commas (a project, a client):</source>
        <translation>Schlagwörter dieses Durchlaufs, durch Kommas getrennt (ein Projekt, ein Kunde):</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="380"/>
        <source>%1 · seed %2</source>
        <translation>%1 · Seed %2</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="444"/>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="449"/>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="466"/>
        <source>Nothing matches &apos;%1&apos;.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="468"/>
        <source>No runs match these filters.</source>
        <translation>Keine Durchläufe entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="470"/>
        <source>No runs yet. Results you generate appear here.</source>
        <translation>Noch keine Durchläufe. Generierte Ergebnisse erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="518"/>
        <source>Image copied</source>
        <translation>Bild kopiert</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="532"/>
        <source>Parameters copied</source>
        <translation>Parameter kopiert</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="544"/>
        <source>PNG image with parameters (*.png)</source>
        <translation>PNG-Bild mit Parametern (*.png)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="544"/>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG-Bild (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="545"/>
        <source>WebP image (*.webp)</source>
        <translation>WebP-Bild (*.webp)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="546"/>
        <source>Save Result As</source>
        <translation>Ergebnis speichern unter</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="568"/>
        <source>This run has no image to save.</source>
        <translation>Dieser Durchlauf hat kein Bild zum Speichern.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="578"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/historypanel.cpp" line="579"/>
        <source>Saved %n images</source>
        <translation>
            <numerusform>%n Bild gespeichert</numerusform>
            <numerusform>%n Bilder gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="581"/>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="600"/>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="614"/>
        <source>Delete Run</source>
        <translation>Durchlauf löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/historypanel.cpp" line="615"/>
        <source>Delete this run and its %n image file(s)?</source>
        <translation>
            <numerusform>Diesen Durchlauf und seine %n Bilddatei löschen?</numerusform>
            <numerusform>Diesen Durchlauf und seine %n Bilddateien löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="616"/>
        <source>Delete this run?</source>
        <translation>Diesen Durchlauf löschen?</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="617"/>
        <source>“%1”
This cannot be undone.</source>
        <translation>„%1“
Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="618"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="629"/>
        <source>Run deleted</source>
        <translation>Durchlauf gelöscht</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="631"/>
        <source>Could not delete the run.</source>
        <translation>Der Durchlauf konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../src/core/history/historysql.cpp" line="40"/>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="89"/>
        <source>The run history %1 cannot be read.</source>
        <translation>Der Verlauf %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="95"/>
        <source>%1 It could not be moved aside: %2</source>
        <translation>%1 Er konnte nicht beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="107"/>
        <source>The run history %1 was damaged, so it was moved to %2 and a new, empty history was started. Result images in %3 are kept.</source>
        <translation>Der Verlauf %1 war beschädigt; er wurde nach %2 verschoben und ein neuer, leerer Verlauf angelegt. Die Ergebnisbilder in %3 bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="124"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed, so the run history cannot be kept.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert, daher kann kein Verlauf geführt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="127"/>
        <source>Cannot create the history folder %1.</source>
        <translation>Der Verlaufsordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="141"/>
        <source>The run history %1 cannot be read (%2). The file may be damaged: move it aside to start a new history.</source>
        <translation>Der Verlauf %1 kann nicht gelesen werden (%2). Die Datei ist möglicherweise beschädigt: Verschieben Sie sie an einen anderen Ort, um einen neuen Verlauf zu beginnen.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="145"/>
        <source>Cannot switch the run history %1 to WAL mode: %2</source>
        <translation>Der Verlauf %1 kann nicht in den WAL-Modus geschaltet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="147"/>
        <source>Cannot prepare the run history %1: %2</source>
        <translation>Der Verlauf %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="222"/>
        <source>A run needs an id to be recorded.</source>
        <translation>Ein Durchlauf braucht eine ID, um gespeichert zu werden.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="404"/>
        <source>A vote needs two different runs.</source>
        <translation>Eine Stimme braucht zwei verschiedene Durchläufe.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historyschema.cpp" line="152"/>
        <source>it was written by a newer version of Reimagine Studio (schema %1, this version reads up to %2).</source>
        <translation>er wurde von einer neueren Version von Reimagine Studio geschrieben (Schema %1, diese Version liest bis %2).</translation>
    </message>
    <message>
        <location filename="../src/core/history/historythumbnail.cpp" line="27"/>
        <source>The result image cannot be read: %1</source>
        <translation>Das Ergebnisbild kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/history/historythumbnail.cpp" line="32"/>
        <source>The result image is too large for a thumbnail (%1×%2).</source>
        <translation>Das Ergebnisbild ist zu groß für eine Miniatur (%1×%2).</translation>
    </message>
    <message>
        <location filename="../src/core/history/historythumbnail.cpp" line="43"/>
        <source>The result image cannot be decoded: %1</source>
        <translation>Das Ergebnisbild kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/history/historythumbnail.cpp" line="59"/>
        <location filename="../src/core/history/historythumbnail.cpp" line="65"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="218"/>
        <location filename="../src/core/history/historystore.cpp" line="411"/>
        <source>The run history is not open.</source>
        <translation>Der Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/core/history/resultarchive.cpp" line="45"/>
        <source>Cannot create the history folders in %1.</source>
        <translation>Die Verlaufsordner in %1 können nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="240"/>
        <location filename="../src/core/history/historystore.cpp" line="252"/>
        <location filename="../src/core/history/historystore.cpp" line="365"/>
        <location filename="../src/core/history/historystore.cpp" line="383"/>
        <location filename="../src/core/history/historystore.cpp" line="428"/>
        <source>Cannot write to the run history: %1</source>
        <translation>In den Verlauf kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ImageDropZone</name>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="47"/>
        <source>Drop an image here</source>
        <translation>Bild hierher ziehen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="55"/>
        <source>Drop an image file or a link, paste with Ctrl+V, or choose Open…</source>
        <translation>Ziehen Sie eine Bilddatei oder einen Link hierher, fügen Sie mit Strg+V ein oder wählen Sie Öffnen…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="80"/>
        <source>Open an image file…</source>
        <translation>Bilddatei öffnen…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="82"/>
        <source>Paste an image or a link from the clipboard (Ctrl+V)</source>
        <translation>Bild oder Link aus der Zwischenablage einfügen (Strg+V)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="84"/>
        <source>Remove this image</source>
        <translation>Dieses Bild entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="193"/>
        <source>Open Image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="219"/>
        <source>The clipboard holds no image or link.</source>
        <translation>Die Zwischenablage enthält kein Bild und keinen Link.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="231"/>
        <source>or paste, or choose Open…</source>
        <translation>oder einfügen oder über Öffnen…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="240"/>
        <source>Link on %1, sent as is</source>
        <translation>Link auf %1, wird unverändert gesendet</translation>
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
        <translation>Skizze hierher ziehen</translation>
    </message>
</context>
<context>
    <name>ImageListEditor</name>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="55"/>
        <source>None yet: drop images or links here, or choose Add…</source>
        <translation>Noch keine: Ziehen Sie Bilder oder Links hierher oder wählen Sie Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="62"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="65"/>
        <source>Add image files</source>
        <translation>Bilddateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="68"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="71"/>
        <source>Remove the selected images</source>
        <translation>Ausgewählte Bilder entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="127"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="187"/>
        <source>Add Images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="76"/>
        <source>%1 looks like a %2 image but its header is damaged.</source>
        <translation>%1 scheint ein %2-Bild zu sein, aber der Header ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="170"/>
        <source>%1 is too large: %2 × %3 pixels (%4 megapixels). The limit is %5 megapixels and %6 pixels per side.</source>
        <translation>%1 ist zu groß: %2 × %3 Pixel (%4 Megapixel). Die Grenze liegt bei %5 Megapixeln und %6 Pixeln pro Seite.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="296"/>
        <source>%1 could not be decoded: %2.</source>
        <translation>%1 konnte nicht dekodiert werden: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="91"/>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="82"/>
        <source>%1 is %2 MB; SVG drawings up to %3 MB are accepted.</source>
        <translation>%1 ist %2 MB groß; SVG-Zeichnungen bis %3 MB werden angenommen.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="101"/>
        <source>%1 is %2 MB; images up to %3 MB are accepted.</source>
        <translation>%1 ist %2 MB groß; Bilder bis %3 MB werden akzeptiert.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="117"/>
        <source>%1 is larger than %2 MB; images up to %2 MB are accepted.</source>
        <translation>%1 ist größer als %2 MB; Bilder bis %2 MB werden angenommen.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="135"/>
        <source>%1 is not an image this app can read (PNG, JPEG, WebP, TIFF, BMP, GIF, SVG).</source>
        <translation>%1 ist kein Bild, das diese App lesen kann (PNG, JPEG, WebP, TIFF, BMP, GIF, SVG).</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="138"/>
        <source>%1 is a compressed SVG (.svgz); save it as a plain .svg file.</source>
        <translation>%1 ist ein komprimiertes SVG (.svgz); speichern Sie es als einfache .svg-Datei.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="140"/>
        <source>%1 is a %2 file; this app reads PNG, JPEG, WebP, TIFF, BMP, GIF and SVG images.</source>
        <translation>%1 ist eine %2-Datei; diese App liest PNG-, JPEG-, WebP-, TIFF-, BMP-, GIF- und SVG-Bilder.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="250"/>
        <source>%1 looks like a PNG image but its header is damaged.</source>
        <translation>%1 sieht wie ein PNG-Bild aus, aber sein Kopf ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="327"/>
        <source>The image is %1 MB; images up to %2 MB are accepted.</source>
        <translation>Das Bild ist %1 MB groß; Bilder bis %2 MB werden akzeptiert.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="331"/>
        <source>The image</source>
        <translation>Das Bild</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="347"/>
        <source>%1 cannot be made smaller without decoding it whole; save it smaller as PNG or JPEG first.</source>
        <translation>%1 lässt sich nicht verkleinern, ohne es ganz zu dekodieren; speichern Sie es zuerst kleiner als PNG oder JPEG.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="371"/>
        <source>%1 is too large to be made smaller here (%2 × %3 pixels).</source>
        <translation>%1 ist zu groß, um hier verkleinert zu werden (%2 × %3 Pixel).</translation>
    </message>
</context>
<context>
    <name>ImageMime</name>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="81"/>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="88"/>
        <location filename="../src/gui/widgets/imagemime.cpp" line="108"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="96"/>
        <source>Cannot save the pasted image to %1.</source>
        <translation>Das eingefügte Bild kann nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="116"/>
        <source>Cannot save the smaller copy to %1.</source>
        <translation>Die verkleinerte Kopie kann nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="137"/>
        <source>The sample sketch is missing from this build.</source>
        <translation>Die Beispielskizze fehlt in diesem Build.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="148"/>
        <source>Cannot copy the sample sketch to %1.</source>
        <translation>Die Beispielskizze kann nicht nach %1 kopiert werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="174"/>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="175"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ImagePreparer</name>
    <message>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="109"/>
        <source>There is no image to prepare.</source>
        <translation>Es ist kein Bild zum Vorbereiten vorhanden.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="116"/>
        <source>Unsupported upload format &quot;%1&quot;; use png or jpeg.</source>
        <translation>Nicht unterstütztes Format zum Hochladen „%1“; verwenden Sie png oder jpeg.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="129"/>
        <source>Not enough memory to prepare a %1 x %2 image.</source>
        <translation>Nicht genug Speicher, um ein Bild mit %1 x %2 vorzubereiten.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="142"/>
        <source>The image could not be encoded as PNG.</source>
        <translation>Das Bild konnte nicht als PNG kodiert werden.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="159"/>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="179"/>
        <source>The image could not be encoded as JPEG.</source>
        <translation>Das Bild konnte nicht als JPEG kodiert werden.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="167"/>
        <source>The image cannot be made smaller than %1 bytes.</source>
        <translation>Das Bild kann nicht kleiner als %1 Byte gemacht werden.</translation>
    </message>
</context>
<context>
    <name>ImageSizeEditor</name>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="18"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="27"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="27"/>
        <source>Enter width and height in pixels</source>
        <translation>Breite und Höhe in Pixeln eingeben</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="32"/>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="68"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="68"/>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="70"/>
        <source> in pixels</source>
        <translation> in Pixeln</translation>
    </message>
</context>
<context>
    <name>ImageStructure</name>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="51"/>
        <source>%1 is incomplete: the file ends before its image data does. It may have been cut off while downloading or copying.</source>
        <translation>%1 ist unvollständig: Die Datei endet vor ihren Bilddaten. Sie wurde möglicherweise beim Herunterladen oder Kopieren abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="58"/>
        <source>%1 is damaged: %2.</source>
        <translation>%1 ist beschädigt: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="109"/>
        <source>it has no PNG signature</source>
        <translation>es fehlt die PNG-Signatur</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="125"/>
        <source>a chunk claims %1 bytes</source>
        <translation>ein Block gibt %1 Bytes an</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="134"/>
        <source>it does not start with a header chunk</source>
        <translation>es beginnt nicht mit einem Kopfblock</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="152"/>
        <source>it has no JPEG start marker</source>
        <translation>es fehlt die JPEG-Startmarke</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="173"/>
        <source>a JPEG segment has an impossible length</source>
        <translation>ein JPEG-Segment hat eine unmögliche Länge</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="219"/>
        <source>an unknown GIF block comes before the first frame</source>
        <translation>vor dem ersten Bild steht ein unbekannter GIF-Block</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="236"/>
        <source>it has no WebP header</source>
        <translation>es fehlt der WebP-Kopf</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="290"/>
        <source>it has no TIFF header</source>
        <translation>es fehlt der TIFF-Kopf</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="298"/>
        <source>it is a BigTIFF or not a TIFF file</source>
        <translation>es ist ein BigTIFF oder keine TIFF-Datei</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="353"/>
        <source>%1 declares XML entities, which are not accepted in SVG files.</source>
        <translation>%1 deklariert XML-Entitäten, die in SVG-Dateien nicht angenommen werden.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="357"/>
        <source>%1 has more than %2 elements; it is too complex to render.</source>
        <translation>%1 hat mehr als %2 Elemente; es ist zu komplex zum Darstellen.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="368"/>
        <source>%1 refers to an outside file (%2); only self-contained SVG files are accepted. Embed the image or export the SVG again.</source>
        <translation>%1 verweist auf eine externe Datei (%2); nur in sich geschlossene SVG-Dateien werden angenommen. Betten Sie das Bild ein oder exportieren Sie das SVG erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="374"/>
        <source>%1 is not a valid SVG file: %2 (line %3).</source>
        <translation>%1 ist keine gültige SVG-Datei: %2 (Zeile %3).</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagestructure.cpp" line="378"/>
        <source>%1 is not an SVG drawing (its first element is not &lt;svg&gt;).</source>
        <translation>%1 ist keine SVG-Zeichnung (sein erstes Element ist nicht &lt;svg&gt;).</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../src/core/jobs/job.cpp" line="105"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/job.cpp" line="149"/>
        <source>The provider reported success but returned no image.</source>
        <translation>Der Anbieter meldete Erfolg, lieferte aber kein Bild.</translation>
    </message>
</context>
<context>
    <name>JobJournal</name>
    <message>
        <location filename="../src/core/jobs/jobjournal.cpp" line="160"/>
        <source>Invalid job id &apos;%1&apos;.</source>
        <translation>Ungültige Auftrags-ID „%1“.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobjournal.cpp" line="165"/>
        <source>Cannot create the job journal folder %1.</source>
        <translation>Der Ordner für das Auftragsjournal %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobjournal.cpp" line="174"/>
        <location filename="../src/core/jobs/jobjournal.cpp" line="180"/>
        <location filename="../src/core/jobs/jobjournal.cpp" line="186"/>
        <source>Cannot write the job journal: %1</source>
        <translation>Das Auftragsjournal kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobjournal.cpp" line="212"/>
        <source>it is larger than a journal entry can be</source>
        <translation>er ist größer, als ein Protokolleintrag sein kann</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobjournal.cpp" line="219"/>
        <source>it is not valid JSON</source>
        <translation>er ist kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobjournal.cpp" line="227"/>
        <source>it is not a job journal entry this version of the app can read</source>
        <translation>er ist kein Auftragsprotokoll-Eintrag, den diese Version der App lesen kann</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobjournal.cpp" line="250"/>
        <source>The job journal entry %1 cannot be read (%2) and could not be moved aside: %3</source>
        <translation>Der Auftragsprotokoll-Eintrag %1 kann nicht gelesen werden (%2) und konnte nicht beiseitegelegt werden: %3</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobjournal.cpp" line="254"/>
        <source>The job journal entry %1 could not be read (%2), so it was moved to %3.</source>
        <translation>Der Auftragsprotokoll-Eintrag %1 konnte nicht gelesen werden (%2); er wurde nach %3 verschoben.</translation>
    </message>
</context>
<context>
    <name>JobListModel</name>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="180"/>
        <source>%1 on %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="185"/>
        <source>What the run cost (as reported by the provider, or the list price)</source>
        <translation>Was der Durchlauf gekostet hat (laut Anbieter oder nach Listenpreis)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="187"/>
        <source>Estimated from the model&apos;s list price</source>
        <translation>Geschätzt nach dem Listenpreis des Modells</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="204"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="206"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="208"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="210"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="212"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="230"/>
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="230"/>
        <source>Waiting for a free slot</source>
        <translation>Wartet auf einen freien Platz</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="232"/>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="234"/>
        <source>In queue #%1</source>
        <translation>In Warteschlange #%1</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="235"/>
        <source>In queue</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="237"/>
        <source>Running, %1</source>
        <translation>Läuft, %1</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="238"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="240"/>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="242"/>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="244"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="247"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="247"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="250"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="252"/>
        <source>Interrupted: not sent again</source>
        <translation>Unterbrochen: nicht erneut gesendet</translation>
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
        <translation>%1 berechnet</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/joblistmodel.cpp" line="317"/>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <location filename="../src/core/jobs/jobqueue.cpp" line="43"/>
        <source>The result could not be written.</source>
        <translation>Das Ergebnis konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobqueue.cpp" line="160"/>
        <source>The model %1 is no longer in the catalog.</source>
        <translation>Das Modell %1 ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobqueue.cpp" line="165"/>
        <source>The result had arrived but the app stopped before it was saved, and %1 does not keep it for downloading again.</source>
        <translation>Das Ergebnis war angekommen, aber die App wurde beendet, bevor es gespeichert war, und %1 hält es nicht zum erneuten Herunterladen bereit.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobqueue.cpp" line="172"/>
        <source>The app stopped while this job was being submitted. It was not submitted again, so it is never paid twice; check the provider&apos;s dashboard for its result.</source>
        <translation>Die App wurde beendet, während dieser Auftrag übermittelt wurde. Er wurde nicht erneut übermittelt, damit er nie doppelt bezahlt wird; prüfen Sie das Dashboard des Anbieters auf sein Ergebnis.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobqueue.cpp" line="212"/>
        <source>The result arrived but could not be saved: %1 It stays in the job journal and is saved at the next start.</source>
        <translation>Das Ergebnis ist angekommen, konnte aber nicht gespeichert werden: %1 Es bleibt im Auftragsprotokoll und wird beim nächsten Start gespeichert.</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="41"/>
        <source>No jobs yet. Generate (%1) to start one.</source>
        <translation>Noch keine Aufträge. Generieren Sie (%1), um einen zu starten.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="64"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="65"/>
        <source>The runs of this session with their state, progress, time and cost; select one to read its log</source>
        <translation>Die Durchläufe dieser Sitzung mit Zustand, Fortschritt, Zeit und Kosten; wählen Sie einen, um sein Protokoll zu lesen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="82"/>
        <source>What happened during the selected run, step by step</source>
        <translation>Was während des gewählten Durchlaufs geschah, Schritt für Schritt</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="84"/>
        <source>Select a job to see its details and the provider&apos;s log.</source>
        <translation>Wählen Sie einen Auftrag aus, um seine Details und das Protokoll des Anbieters zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="85"/>
        <source>Job log</source>
        <translation>Auftragsprotokoll</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="230"/>
        <source>Cancel this job (the provider is asked to stop it)</source>
        <translation>Diesen Auftrag abbrechen (der Anbieter wird gebeten, ihn zu stoppen)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="231"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="237"/>
        <source>Run the same request again</source>
        <translation>Dieselbe Anfrage erneut ausführen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="238"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="295"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="299"/>
        <source>Request %1</source>
        <translation>Anfrage %1</translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <location filename="../src/gui/forms/jsoneditor.cpp" line="17"/>
        <location filename="../src/gui/forms/jsoneditor.cpp" line="18"/>
        <source>Raw JSON value</source>
        <translation>JSON-Rohwert</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/jsoneditor.cpp" line="20"/>
        <source>JSON, e.g. {&quot;key&quot;: 1}</source>
        <translation>JSON, z. B. {&quot;key&quot;: 1}</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/jsoneditor.cpp" line="52"/>
        <source>Not valid JSON: %1 (at character %2).</source>
        <translation>Kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/jsoneditor.cpp" line="53"/>
        <source>Not valid JSON: enter a single value.</source>
        <translation>Kein gültiges JSON: Geben Sie einen einzelnen Wert ein.</translation>
    </message>
</context>
<context>
    <name>KeyTester</name>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="47"/>
        <source>key check</source>
        <translation>Schlüsselprüfung</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="83"/>
        <source>%1 rejected this key.</source>
        <translation>%1 hat diesen Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="85"/>
        <location filename="../src/core/providers/keytester.cpp" line="97"/>
        <source>Key OK.</source>
        <translation>Schlüssel OK.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="87"/>
        <source>%1 could not check the key: %2</source>
        <translation>%1 konnte den Schlüssel nicht prüfen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="89"/>
        <source>The key could not be checked.</source>
        <translation>Der Schlüssel konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="93"/>
        <source>Key OK — %1 credits left.</source>
        <translation>Schlüssel OK – %1 Credits übrig.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="115"/>
        <source>Enter a key first.</source>
        <translation>Geben Sie zuerst einen Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="119"/>
        <source>The key cannot be checked: no network access.</source>
        <translation>Der Schlüssel kann nicht geprüft werden: kein Netzwerkzugriff.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="125"/>
        <source>Unknown provider “%1”.</source>
        <translation>Unbekannter Anbieter „%1“.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../src/core/secrets/keychainsecretstore.cpp" line="14"/>
        <source>No keychain service is available (%1). The key is kept for this session only.</source>
        <translation>Es ist kein Schlüsselbunddienst verfügbar (%1). Der Schlüssel wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../src/core/secrets/keychainsecretstore.cpp" line="18"/>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
</context>
<context>
    <name>LeaderboardPanel</name>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="42"/>
        <source>Runs ranked</source>
        <translation>Bewertete Durchläufe</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="43"/>
        <source>Rank the models on every run or on the runs of one tag</source>
        <translation>Die Modelle über alle Durchläufe oder über die Durchläufe eines Schlagworts ordnen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="44"/>
        <source>All runs</source>
        <translation>Alle Durchläufe</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="49"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="51"/>
        <source>Save the leaderboard as a CSV file for a spreadsheet</source>
        <translation>Die Rangliste als CSV-Datei für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="60"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="60"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="60"/>
        <source>Rating</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="60"/>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="60"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="60"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="61"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="62"/>
        <source>Bradley-Terry rating from your blind votes on the Elo scale: 1000 is the middle, 400 more means ten times the odds of winning</source>
        <translation>Bradley-Terry-Wertung aus Ihren blinden Stimmen auf der Elo-Skala: 1000 ist die Mitte, 400 mehr bedeuten zehnfache Gewinnchancen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="64"/>
        <source>Blind votes the model took part in: wins – losses – ties</source>
        <translation>Blinde Stimmen, an denen das Modell beteiligt war: Siege – Niederlagen – Unentschieden</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="65"/>
        <source>Mean time of the model&apos;s finished runs</source>
        <translation>Mittlere Zeit der fertigen Durchläufe des Modells</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="66"/>
        <source>Mean cost of the model&apos;s finished runs</source>
        <translation>Mittlere Kosten der fertigen Durchläufe des Modells</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="67"/>
        <source>Mean structure score: how well the results kept the sketch&apos;s lines</source>
        <translation>Mittlerer Strukturwert: wie gut die Ergebnisse die Linien der Skizze erhalten haben</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="71"/>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="72"/>
        <source>Models ranked by your blind votes, with their mean time, cost and structure score</source>
        <translation>Modelle nach Ihren blinden Stimmen geordnet, mit mittlerer Zeit, Kosten und Strukturwert</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="74"/>
        <source>No votes yet.

Compare models on a sketch, then choose Judge Blind… to rank them by your own eye. The models stay hidden until every pair is judged.</source>
        <translation>Noch keine Stimmen.

Vergleichen Sie Modelle an einer Skizze und wählen Sie dann „Blind bewerten…“, um sie mit eigenem Auge zu ordnen. Die Modelle bleiben verborgen, bis jedes Paar bewertet ist.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="154"/>
        <source>Tag: %1</source>
        <translation>Schlagwort: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="169"/>
        <source>%1 (%2–%3–%4)</source>
        <translation>%1 (%2–%3–%4)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="178"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="179"/>
        <source>%n finished run(s)</source>
        <translation>
            <numerusform>%n fertiger Durchlauf</numerusform>
            <numerusform>%n fertige Durchläufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="195"/>
        <source>Export Leaderboard</source>
        <translation>Rangliste exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="196"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="213"/>
        <source>Leaderboard saved as %1.</source>
        <translation>Rangliste als %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="214"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <location filename="../src/gui/forms/lineeditor.cpp" line="19"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>LogProgress</name>
    <message>
        <location filename="../src/core/jobs/logprogress.cpp" line="59"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/logprogress.cpp" line="59"/>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
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
        <location filename="../src/gui/mainwindowactions.cpp" line="36"/>
        <source>&amp;Open Sketch…</source>
        <translation>Skizze ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="37"/>
        <source>Open a sketch image and use it as the structure reference</source>
        <translation>Skizzenbild öffnen und als Strukturreferenz verwenden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="39"/>
        <source>&amp;Paste Sketch</source>
        <translation>Skizze &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="40"/>
        <source>Use the image or link on the clipboard as the sketch</source>
        <translation>Bild oder Link aus der Zwischenablage als Skizze verwenden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="42"/>
        <source>&amp;Import Model Schema…</source>
        <translation>Modellschema &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="42"/>
        <source>Add a model from a fal OpenAPI JSON document</source>
        <translation>Modell aus einem fal-OpenAPI-JSON-Dokument hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="44"/>
        <source>&amp;Save Result As…</source>
        <translation>Ergebnis &amp;speichern unter…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="45"/>
        <source>Save the shown result as PNG (with its parameters), JPEG or WebP</source>
        <translation>Angezeigtes Ergebnis als PNG (mit Parametern), JPEG oder WebP speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="47"/>
        <source>&amp;Export Comparison…</source>
        <translation>Vergleich e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="48"/>
        <source>Save the comparison grid as one PNG with captions</source>
        <translation>Vergleichsraster als ein PNG mit Beschriftungen speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="50"/>
        <location filename="../src/gui/mainwindowsession.cpp" line="124"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="50"/>
        <source>Close Reimagine Studio</source>
        <translation>Reimagine Studio schließen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="52"/>
        <source>&amp;Reset Parameters</source>
        <translation>Parameter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="53"/>
        <source>Put every parameter of the current model back to its default</source>
        <translation>Alle Parameter des aktuellen Modells auf ihre Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="55"/>
        <source>&amp;Clear Sketch</source>
        <translation>Skizze ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="56"/>
        <source>Remove the sketch from the canvas and the form</source>
        <translation>Skizze von der Arbeitsfläche und aus dem Formular entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="58"/>
        <source>Copy Parameters as &amp;JSON</source>
        <translation>Parameter als &amp;JSON kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="59"/>
        <source>Copy the request parameters of the current model to the clipboard</source>
        <translation>Anfrageparameter des aktuellen Modells in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="63"/>
        <source>Parameters copied.</source>
        <translation>Parameter kopiert.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="65"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="65"/>
        <source>API keys, concurrency and cost limits</source>
        <translation>API-Schlüssel, parallele Aufträge und Kostengrenzen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="68"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="68"/>
        <source>Send the sketch and parameters to the selected model</source>
        <translation>Skizze und Parameter an das ausgewählte Modell senden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="71"/>
        <source>&amp;Compare Models</source>
        <translation>Modelle &amp;vergleichen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="72"/>
        <source>Run the same sketch and prompt on several models side by side</source>
        <translation>Dieselbe Skizze und denselben Prompt auf mehreren Modellen nebeneinander ausführen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="76"/>
        <source>&amp;Cancel Latest Job</source>
        <translation>Letzten Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="76"/>
        <source>Cancel the most recent job that is still running</source>
        <translation>Den neuesten noch laufenden Auftrag abbrechen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="78"/>
        <source>&amp;Judge Blind…</source>
        <translation>&amp;Blind bewerten…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="79"/>
        <source>Judge the comparison&apos;s results in pairs with the models hidden, for your leaderboard</source>
        <translation>Die Ergebnisse des Vergleichs paarweise mit verborgenen Modellen bewerten, für Ihre Rangliste</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="82"/>
        <source>Rerun All with a &amp;New Seed</source>
        <translation>Alle mit &amp;neuem Seed erneut ausführen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="83"/>
        <source>Run every model of the comparison again with one new seed; the results join it</source>
        <translation>Jedes Modell des Vergleichs mit einem neuen Seed erneut ausführen; die Ergebnisse kommen dazu</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="85"/>
        <source>&amp;Search History</source>
        <translation>Verlauf &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="85"/>
        <source>Find earlier results by their prompt</source>
        <translation>Frühere Ergebnisse anhand ihres Prompts finden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="92"/>
        <source>&amp;About Reimagine Studio</source>
        <translation>Ü&amp;ber Reimagine Studio</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="92"/>
        <source>Version and licence of Reimagine Studio</source>
        <translation>Version und Lizenz von Reimagine Studio</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="95"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="95"/>
        <source>The Qt version this build uses</source>
        <translation>Die von diesem Build verwendete Qt-Version</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="98"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="98"/>
        <source>Every shortcut of the app in one list</source>
        <translation>Alle Tastenkürzel der App in einer Liste</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="120"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="122"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="134"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="142"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="151"/>
        <source>&amp;Run</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="158"/>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="165"/>
        <source>&amp;Model Panel</source>
        <translation>&amp;Modellbereich</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="165"/>
        <source>Show or hide the model and parameter panel</source>
        <translation>Modell- und Parameterbereich ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="166"/>
        <source>&amp;History and Presets</source>
        <translation>&amp;Verlauf und Vorgaben</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="166"/>
        <source>Show or hide the history and presets</source>
        <translation>Verlauf und Vorgaben ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="167"/>
        <source>&amp;Structure</source>
        <translation>&amp;Struktur</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="167"/>
        <source>Show or hide the sketch clean-up and structure map</source>
        <translation>Skizzenbereinigung und Strukturkarte ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="168"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="168"/>
        <source>Show or hide the job list</source>
        <translation>Auftragsliste ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowactions.cpp" line="176"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="207"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="216"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="217"/>
        <source>Every run you made, searchable</source>
        <translation>Jeder Ihrer Durchläufe, durchsuchbar</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="227"/>
        <source>Presets</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="228"/>
        <source>Saved prompts and settings to start from</source>
        <translation>Gespeicherte Prompts und Einstellungen als Ausgangspunkt</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="249"/>
        <source>Preset “%1” loaded.</source>
        <translation>Vorgabe „%1“ geladen.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="254"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="263"/>
        <source>Cancelling %1…</source>
        <translation>%1 wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="349"/>
        <source>Sketch loaded. This model takes no structure image.</source>
        <translation>Skizze geladen. Dieses Modell verwendet kein Strukturbild.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="350"/>
        <source>Sketch loaded as “%1”.</source>
        <translation>Skizze als „%1“ geladen.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="391"/>
        <source>Open Sketch</source>
        <translation>Skizze öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="406"/>
        <source>The clipboard holds no image or image link.</source>
        <translation>Die Zwischenablage enthält kein Bild und keinen Bildlink.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="138"/>
        <source>Fix the marked fields first.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="144"/>
        <source>Sent to %1.</source>
        <translation>An %1 gesendet.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="433"/>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="105"/>
        <source>No job is running.</source>
        <translation>Es läuft kein Auftrag.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="441"/>
        <source>This run</source>
        <translation>Dieser Durchlauf</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="516"/>
        <source>The model %1 is not installed.</source>
        <translation>Das Modell %1 ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="520"/>
        <source>Parameters of %1 restored.</source>
        <translation>Parameter von %1 wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="551"/>
        <source>About Reimagine Studio</source>
        <translation>Über Reimagine Studio</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="552"/>
        <source>&lt;h3&gt;Reimagine Studio %1&lt;/h3&gt;&lt;p&gt;Turn rough sketches into finished images with cloud reimagine models, and compare providers side by side.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reimagine Studio %1&lt;/h3&gt;&lt;p&gt;Verwandeln Sie grobe Skizzen mit Reimagine-Modellen in der Cloud in fertige Bilder und vergleichen Sie Anbieter nebeneinander.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="111"/>
        <source>Cancel the Running Job?</source>
        <translation>Laufenden Auftrag abbrechen?</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="112"/>
        <source>Cancel the %1 run that is still going?</source>
        <translation>Den noch laufenden Durchlauf mit %1 abbrechen?</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="115"/>
        <source>The provider may still charge for work it has already done.</source>
        <translation>Der Anbieter kann bereits geleistete Arbeit trotzdem berechnen.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="116"/>
        <source>&amp;Keep Running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="118"/>
        <source>&amp;Cancel Job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="201"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="205"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="205"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="232"/>
        <source>In the before/after view</source>
        <translation>In der Vorher-Nachher-Ansicht</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="237"/>
        <source>Move the divider</source>
        <translation>Trennlinie verschieben</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="237"/>
        <source>Left, Right</source>
        <translation>Links, Rechts</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="238"/>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="238"/>
        <source>Ctrl+Wheel, +, -</source>
        <translation>Strg+Mausrad, +, -</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="241"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="242"/>
        <source>Every action of the menus with its keys, then the keys of the before/after view</source>
        <translation>Jede Aktion der Menüs mit ihren Tasten, dann die Tasten der Vorher/Nachher-Ansicht</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="244"/>
        <source>Single keys (1, 2, 3) act on the result view only, never in a text field. Esc in a text field leaves the field; elsewhere it asks before cancelling the running job.</source>
        <translation>Einzelne Tasten (1, 2, 3) wirken nur auf die Ergebnisansicht, nie in einem Textfeld. Esc verlässt ein Textfeld; anderswo fragt es, bevor der laufende Auftrag abgebrochen wird.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowkeyboard.cpp" line="248"/>
        <source>Closes this list</source>
        <translation>Schließt diese Liste</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowsession.cpp" line="65"/>
        <source>The sketch of your last session is no longer there: %1. Open it again, or choose another sketch.</source>
        <translation>Die Skizze Ihrer letzten Sitzung ist nicht mehr vorhanden: %1. Öffnen Sie sie erneut oder wählen Sie eine andere Skizze.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowsession.cpp" line="120"/>
        <source>Quit Reimagine Studio?</source>
        <translation>Reimagine Studio beenden?</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowsession.cpp" line="126"/>
        <source>&amp;Keep Open</source>
        <translation>&amp;Geöffnet lassen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstructure.cpp" line="24"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowjudging.cpp" line="31"/>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowjudging.cpp" line="32"/>
        <source>Models ranked by your own blind votes</source>
        <translation>Modelle nach Ihren eigenen blinden Stimmen geordnet</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowjudging.cpp" line="38"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowjudging.cpp" line="92"/>
        <source>The model %1 is not in the catalog.</source>
        <translation>Das Modell %1 ist nicht im Katalog.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowjudging.cpp" line="100"/>
        <source>%1 takes no seed, so it cannot run with the next one.</source>
        <translation>%1 nimmt keinen Seed an und kann daher nicht mit dem nächsten laufen.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowjudging.cpp" line="108"/>
        <source>%1 with seed %2</source>
        <translation>%1 mit Seed %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowjudging.cpp" line="117"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowjudging.cpp" line="137"/>
        <source>Running %1 again…</source>
        <translation>%1 läuft erneut…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowjudging.cpp" line="161"/>
        <source>None of this comparison&apos;s models is in the catalog.</source>
        <translation>Keines der Modelle dieses Vergleichs ist im Katalog.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindowjudging.cpp" line="165"/>
        <source>This rerun of %n model(s) with seed %1</source>
        <translation>
            <numerusform>Dieser erneute Durchlauf von %n Modell mit Seed %1</numerusform>
            <numerusform>Dieser erneute Durchlauf von %n Modellen mit Seed %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindowjudging.cpp" line="177"/>
        <source>Running %n more model(s) in this comparison…</source>
        <translation>
            <numerusform>%n weiteres Modell läuft in diesem Vergleich…</numerusform>
            <numerusform>%n weitere Modelle laufen in diesem Vergleich…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="22"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="26"/>
        <source>%1 is too large for a schema (%2 MB)</source>
        <translation>%1 ist zu groß für ein Schema (%2 MB)</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="59"/>
        <source>Bundled model %1: %2</source>
        <translation>Mitgeliefertes Modell %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="73"/>
        <source>Imported model %1: %2</source>
        <translation>Importiertes Modell %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="77"/>
        <source>Imported model %1 repeats the id %2 and was skipped.</source>
        <translation>Das importierte Modell %1 wiederholt die ID %2 und wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="115"/>
        <source>No folder for imported models is configured.</source>
        <translation>Es ist kein Ordner für importierte Modelle eingerichtet.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="127"/>
        <source>%1 is not a usable model schema: %2</source>
        <translation>%1 ist kein brauchbares Modellschema: %2</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="131"/>
        <source>Only fal models can be imported; %1 is a %2 model.</source>
        <translation>Nur fal-Modelle können importiert werden; %1 ist ein %2-Modell.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="136"/>
        <source>%1 is already in the catalog.</source>
        <translation>%1 ist bereits im Katalog.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="141"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="149"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ModelDock</name>
    <message>
        <location filename="../src/gui/modeldock.cpp" line="12"/>
        <location filename="../src/gui/modeldock.cpp" line="38"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/gui/modeldock.cpp" line="38"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="48"/>
        <source>The model that turns the sketch into an image</source>
        <translation>Das Modell, das aus der Skizze ein Bild macht</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="49"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="84"/>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="86"/>
        <source>Run the same sketch on several models side by side</source>
        <translation>Dieselbe Skizze mit mehreren Modellen nebeneinander erzeugen</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="383"/>
        <source>Run the same sketch on several models side by side (%1)</source>
        <translation>Dieselbe Skizze auf mehreren Modellen nebeneinander ausführen (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="293"/>
        <source>No model catalog.</source>
        <translation>Kein Modellkatalog.</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="300"/>
        <source>The file is not a model schema.</source>
        <translation>Die Datei ist kein Modellschema.</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="305"/>
        <source>Model “%1” imported.</source>
        <translation>Modell „%1“ importiert.</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="311"/>
        <location filename="../src/gui/modelpanel.cpp" line="320"/>
        <source>Import Model Schema</source>
        <translation>Modellschema importieren</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="312"/>
        <source>OpenAPI JSON (*.json)</source>
        <translation>OpenAPI-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="313"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="321"/>
        <source>Cannot import %1.</source>
        <translation>%1 kann nicht importiert werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="344"/>
        <source>price unknown</source>
        <translation>Preis unbekannt</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="345"/>
        <source>Generate · %1</source>
        <translation>Generieren · %1</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="353"/>
        <source>Choose a model first</source>
        <translation>Wählen Sie zuerst ein Modell</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="362"/>
        <source>Fix these fields first: %1</source>
        <translation>Korrigieren Sie zuerst diese Felder: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="365"/>
        <source>Generate %1 images with %2 (%3)</source>
        <translation>%1 Bilder mit %2 generieren (%3)</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="366"/>
        <source>Generate one image with %1 (%2)</source>
        <translation>Ein Bild mit %1 generieren (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="367"/>
        <source>The price of this model is unknown.</source>
        <translation>Der Preis dieses Modells ist unbekannt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/modelpanel.cpp" line="375"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weiteres)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="385"/>
        <source>Open or drop a sketch first: every model of a comparison starts from it.</source>
        <translation>Öffnen Sie zuerst eine Skizze oder legen Sie eine ab: Jedes Modell eines Vergleichs geht von ihr aus.</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="398"/>
        <source>No model available.</source>
        <translation>Kein Modell verfügbar.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../src/gui/widgets/modelpicker.cpp" line="78"/>
        <location filename="../src/gui/widgets/modelpicker.cpp" line="88"/>
        <source>price unknown</source>
        <translation>Preis unbekannt</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/modelpicker.cpp" line="65"/>
        <source>unknown provider</source>
        <translation>unbekannter Anbieter</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/modelpicker.cpp" line="81"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/modelpicker.cpp" line="90"/>
        <source>%1 per image</source>
        <translation>%1 pro Bild</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/modelpicker.cpp" line="91"/>
        <source>%1–%2 per image</source>
        <translation>%1–%2 pro Bild</translation>
    </message>
</context>
<context>
    <name>ModelSchema</name>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="8"/>
        <source>Generates a new image that keeps the structure of a sketch or photo (canny edges and/or depth), guided by a prompt. Trained exclusively on licensed data.</source>
        <extracomment>fal:bria/reimagine/3.2: model description</extracomment>
        <translation>Erzeugt ein neues Bild, das die Struktur einer Skizze oder eines Fotos beibehält (Canny-Kanten und/oder Tiefe), gesteuert durch einen Prompt. Ausschließlich mit lizenzierten Daten trainiert.</translation>
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
        <translation>Prompt für die Bilderzeugung.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="14"/>
        <source>Aspect ratio</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: field label; freepik:reimagine-flux.aspect_ratio: field label</extracomment>
        <translation>Seitenverhältnis</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="16"/>
        <source>Aspect ratio of the generated image.</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: field tooltip</extracomment>
        <translation>Seitenverhältnis des erzeugten Bildes.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="18"/>
        <source>1:1 square</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: choice</extracomment>
        <translation>1:1 quadratisch</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="20"/>
        <source>2:3 portrait</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: choice</extracomment>
        <translation>2:3 Hochformat</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="22"/>
        <source>3:2 landscape</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: choice</extracomment>
        <translation>3:2 Querformat</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="24"/>
        <source>3:4 portrait</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: choice</extracomment>
        <translation>3:4 Hochformat</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="26"/>
        <source>4:3 landscape</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: choice</extracomment>
        <translation>4:3 Querformat</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="28"/>
        <source>4:5 portrait</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: choice</extracomment>
        <translation>4:5 Hochformat</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="30"/>
        <source>5:4 landscape</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: choice</extracomment>
        <translation>5:4 Querformat</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="32"/>
        <source>9:16 portrait</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: choice</extracomment>
        <translation>9:16 Hochformat</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="34"/>
        <source>16:9 landscape</source>
        <extracomment>fal:bria/reimagine/3.2.aspect_ratio: choice</extracomment>
        <translation>16:9 Querformat</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="36"/>
        <source>Steps</source>
        <extracomment>fal:bria/reimagine/3.2.num_inference_steps: field label; segmind:bria-reimagine.steps_num: field label</extracomment>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="38"/>
        <source>Number of inference steps.</source>
        <extracomment>fal:bria/reimagine/3.2.num_inference_steps: field tooltip</extracomment>
        <translation>Anzahl der Inferenzschritte.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="40"/>
        <source>Guidance</source>
        <extracomment>fal:bria/reimagine/3.2.guidance_scale: field label</extracomment>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="42"/>
        <source>Guidance scale for text: how closely the image follows the prompt.</source>
        <extracomment>fal:bria/reimagine/3.2.guidance_scale: field tooltip</extracomment>
        <translation>Guidance-Skala für den Text: wie genau das Bild dem Prompt folgt.</translation>
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
        <translation>Zufalls-Seed für reproduzierbare Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="48"/>
        <source>Sketch (canny)</source>
        <extracomment>fal:bria/reimagine/3.2.canny_image_url: field label</extracomment>
        <translation>Skizze (Canny)</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="50"/>
        <source>Canny edge control image (file or URL). Your sketch goes here.</source>
        <extracomment>fal:bria/reimagine/3.2.canny_image_url: field tooltip</extracomment>
        <translation>Steuerbild für Canny-Kanten (Datei oder URL). Hier kommt Ihre Skizze hin.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="52"/>
        <source>Sketch strength</source>
        <extracomment>fal:bria/reimagine/3.2.canny_scale: field label</extracomment>
        <translation>Skizzenstärke</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="54"/>
        <source>Canny edge control strength (0.0 to 1.0).</source>
        <extracomment>fal:bria/reimagine/3.2.canny_scale: field tooltip</extracomment>
        <translation>Stärke der Canny-Kantensteuerung (0,0 bis 1,0).</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="56"/>
        <source>Preprocess sketch</source>
        <extracomment>fal:bria/reimagine/3.2.canny_preprocess: field label</extracomment>
        <translation>Skizze vorverarbeiten</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="58"/>
        <source>Canny image preprocess. Turn off when the sketch already is clean line art.</source>
        <extracomment>fal:bria/reimagine/3.2.canny_preprocess: field tooltip</extracomment>
        <translation>Vorverarbeitung des Canny-Bildes. Schalten Sie sie aus, wenn die Skizze bereits eine saubere Strichzeichnung ist.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="60"/>
        <source>Depth image</source>
        <extracomment>fal:bria/reimagine/3.2.depth_image_url: field label</extracomment>
        <translation>Tiefenbild</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="62"/>
        <source>Depth control image (file or URL).</source>
        <extracomment>fal:bria/reimagine/3.2.depth_image_url: field tooltip</extracomment>
        <translation>Steuerbild für die Tiefe (Datei oder URL).</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="64"/>
        <source>Depth strength</source>
        <extracomment>fal:bria/reimagine/3.2.depth_scale: field label</extracomment>
        <translation>Tiefenstärke</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="66"/>
        <source>Depth control strength (0.0 to 1.0).</source>
        <extracomment>fal:bria/reimagine/3.2.depth_scale: field tooltip</extracomment>
        <translation>Stärke der Tiefensteuerung (0,0 bis 1,0).</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="68"/>
        <source>Preprocess depth image</source>
        <extracomment>fal:bria/reimagine/3.2.depth_preprocess: field label</extracomment>
        <translation>Tiefenbild vorverarbeiten</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="70"/>
        <source>Depth image preprocess. Turn off when the image already is a depth map.</source>
        <extracomment>fal:bria/reimagine/3.2.depth_preprocess: field tooltip</extracomment>
        <translation>Vorverarbeitung des Tiefenbildes. Schalten Sie sie aus, wenn das Bild bereits eine Tiefenkarte ist.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="72"/>
        <source>Negative prompt</source>
        <extracomment>fal:bria/reimagine/3.2.negative_prompt: field label; fal:fal-ai/ideogram/v3/remix.negative_prompt: field label</extracomment>
        <translation>Negativ-Prompt</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="74"/>
        <source>What the image should not contain.</source>
        <extracomment>fal:bria/reimagine/3.2.negative_prompt: field tooltip</extracomment>
        <translation>Was das Bild nicht enthalten soll.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="76"/>
        <source>Enhance prompt</source>
        <extracomment>fal:bria/reimagine/3.2.prompt_enhancer: field label</extracomment>
        <translation>Prompt verbessern</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="78"/>
        <source>Whether to improve the prompt.</source>
        <extracomment>fal:bria/reimagine/3.2.prompt_enhancer: field tooltip</extracomment>
        <translation>Ob der Prompt automatisch verbessert werden soll.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="80"/>
        <source>Truncate prompt</source>
        <extracomment>fal:bria/reimagine/3.2.truncate_prompt: field label</extracomment>
        <translation>Prompt kürzen</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="82"/>
        <source>Whether to truncate the prompt.</source>
        <extracomment>fal:bria/reimagine/3.2.truncate_prompt: field tooltip</extracomment>
        <translation>Ob der Prompt gekürzt werden soll.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="84"/>
        <source>Sync mode</source>
        <extracomment>fal:bria/reimagine/3.2.sync_mode: field label; fal:fal-ai/ideogram/v3/remix.sync_mode: field label</extracomment>
        <translation>Synchronmodus</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="86"/>
        <source>If true, returns the image directly in the response (increases latency).</source>
        <extracomment>fal:bria/reimagine/3.2.sync_mode: field tooltip</extracomment>
        <translation>Wenn aktiviert, wird das Bild direkt in der Antwort zurückgegeben (erhöht die Latenz).</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="88"/>
        <source>Reimagines an existing image with Ideogram V3: variations that keep the core elements and follow the prompt. Strong at realism and typography.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix: model description</extracomment>
        <translation>Interpretiert ein vorhandenes Bild mit Ideogram V3 neu: Variationen, die die Kernelemente bewahren und dem Prompt folgen. Stark bei Realismus und Typografie.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="90"/>
        <source>The prompt to remix the image with.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.prompt: field tooltip</extracomment>
        <translation>Der Prompt für den Remix des Bildes.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="92"/>
        <source>Image to remix</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_url: field label</extracomment>
        <translation>Bild für den Remix</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="94"/>
        <source>The image URL to remix.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_url: field tooltip</extracomment>
        <translation>Die URL des Bildes für den Remix.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="96"/>
        <source>Strength</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.strength: field label</extracomment>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="98"/>
        <source>Strength of the input image in the remix.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.strength: field tooltip</extracomment>
        <translation>Stärke des Eingabebildes im Remix.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="100"/>
        <source>Size</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size: field label</extracomment>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="102"/>
        <source>The resolution of the generated image.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size: field tooltip</extracomment>
        <translation>Die Auflösung des erzeugten Bildes.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="104"/>
        <source>Square HD</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size: choice</extracomment>
        <translation>Quadratisch HD</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="106"/>
        <source>Square</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size: choice</extracomment>
        <translation>Quadratisch</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="108"/>
        <source>Portrait 4:3</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size: choice</extracomment>
        <translation>Hochformat 4:3</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="110"/>
        <source>Portrait 16:9</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size: choice</extracomment>
        <translation>Hochformat 16:9</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="112"/>
        <source>Landscape 4:3</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size: choice</extracomment>
        <translation>Querformat 4:3</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="114"/>
        <source>Landscape 16:9</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size: choice</extracomment>
        <translation>Querformat 16:9</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="116"/>
        <source>Width</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size.width: field label</extracomment>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="118"/>
        <source>The width of the generated image.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size.width: field tooltip</extracomment>
        <translation>Die Breite des erzeugten Bildes.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="120"/>
        <source>Height</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size.height: field label</extracomment>
        <translation>Höhe</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="122"/>
        <source>The height of the generated image.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_size.height: field tooltip</extracomment>
        <translation>Die Höhe des erzeugten Bildes.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="124"/>
        <source>Rendering speed</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.rendering_speed: field label</extracomment>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="126"/>
        <source>The rendering speed to use.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.rendering_speed: field tooltip</extracomment>
        <translation>Die Geschwindigkeit, mit der das Bild gerendert wird.</translation>
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
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="132"/>
        <source>Quality</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.rendering_speed: choice</extracomment>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="134"/>
        <source>Images</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.num_images: field label</extracomment>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="136"/>
        <source>Number of images to generate.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.num_images: field tooltip</extracomment>
        <translation>Anzahl der zu erzeugenden Bilder.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="138"/>
        <source>Seed for the random number generator.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.seed: field tooltip</extracomment>
        <translation>Seed für den Zufallszahlengenerator.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="140"/>
        <source>Style reference images</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_urls: field label</extracomment>
        <translation>Stilreferenzbilder</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="142"/>
        <source>A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.image_urls: field tooltip</extracomment>
        <translation>Bilder, die als Stilreferenzen dienen (insgesamt höchstens 10 MB für alle Stilreferenzen). Die Bilder sollten im Format JPEG, PNG oder WebP vorliegen.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="144"/>
        <source>Style</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.style: field label</extracomment>
        <translation>Stil</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="146"/>
        <source>The style type to generate with. Cannot be used with style_codes.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.style: field tooltip</extracomment>
        <translation>Die Stilart für die Erzeugung. Kann nicht zusammen mit „Stilcodes“ verwendet werden.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="148"/>
        <source>Auto</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.style: choice</extracomment>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="150"/>
        <source>General</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.style: choice</extracomment>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="152"/>
        <source>Realistic</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.style: choice</extracomment>
        <translation>Realistisch</translation>
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
        <translation>Stilcodes</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="158"/>
        <source>A list of 8 character hexadecimal codes representing the style of the image. Cannot be used in conjunction with style_reference_images or style.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.style_codes: field tooltip</extracomment>
        <translation>Eine Liste 8-stelliger Hexadezimalcodes, die den Stil des Bildes darstellen. Kann nicht zusammen mit „Stilreferenzbilder“ oder „Stil“ verwendet werden.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="160"/>
        <source>Colour palette</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette: field label</extracomment>
        <translation>Farbpalette</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="162"/>
        <source>A color palette for generation, must EITHER be specified via one of the presets (name) or explicitly via hexadecimal representations of the color with optional weights (members).</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette: field tooltip</extracomment>
        <translation>Eine Farbpalette für die Erzeugung. Sie wird ENTWEDER über eine der Vorgaben (Name) oder ausdrücklich über hexadezimale Farbwerte mit optionaler Gewichtung (Farben) angegeben.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="164"/>
        <source>Members</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.members: field label</extracomment>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="166"/>
        <source>A list of color palette members that define the color palette.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.members: field tooltip</extracomment>
        <translation>Eine Liste von Farben, die die Farbpalette festlegen.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="168"/>
        <source>Name</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.name: field label</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="170"/>
        <source>A color palette preset value.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.name: field tooltip</extracomment>
        <translation>Eine Vorgabe für die Farbpalette.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="172"/>
        <source>Ember</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.name: choice</extracomment>
        <translation>Glut</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="174"/>
        <source>Fresh</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.name: choice</extracomment>
        <translation>Frisch</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="176"/>
        <source>Jungle</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.name: choice</extracomment>
        <translation>Dschungel</translation>
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
        <translation>Melone</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="182"/>
        <source>Mosaic</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.name: choice</extracomment>
        <translation>Mosaik</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="184"/>
        <source>Pastel</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.name: choice</extracomment>
        <translation>Pastell</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="186"/>
        <source>Ultramarine</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.color_palette.name: choice</extracomment>
        <translation>Ultramarin</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="188"/>
        <source>Description of what to exclude from an image. Descriptions in the prompt take precedence to descriptions in the negative prompt.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.negative_prompt: field tooltip</extracomment>
        <translation>Beschreibung dessen, was im Bild nicht vorkommen soll. Beschreibungen im Prompt haben Vorrang vor denen im Negativ-Prompt.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="190"/>
        <source>Expand prompt (MagicPrompt)</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.expand_prompt: field label</extracomment>
        <translation>Prompt erweitern (MagicPrompt)</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="192"/>
        <source>Determine if MagicPrompt should be used in generating the request or not.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.expand_prompt: field tooltip</extracomment>
        <translation>Legt fest, ob MagicPrompt beim Erzeugen der Anfrage verwendet wird.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="194"/>
        <source>If set to true, the function will wait for the image to be generated and uploaded before returning the response.</source>
        <extracomment>fal:fal-ai/ideogram/v3/remix.sync_mode: field tooltip</extracomment>
        <translation>Wenn aktiviert, wartet die Funktion, bis das Bild erzeugt und hochgeladen ist, bevor sie die Antwort zurückgibt.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="196"/>
        <source>Freepik&apos;s Reimagine Flux (beta): reimagines an image with a chosen amount of imagination, optionally guided by a prompt.</source>
        <extracomment>freepik:reimagine-flux: model description</extracomment>
        <translation>Reimagine Flux von Freepik (Beta): interpretiert ein Bild mit wählbarem Maß an Fantasie neu, optional gesteuert durch einen Prompt.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="198"/>
        <source>What the reimagined image should show.</source>
        <extracomment>freepik:reimagine-flux.prompt: field tooltip</extracomment>
        <translation>Was das neu interpretierte Bild zeigen soll.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="200"/>
        <source>Image</source>
        <extracomment>freepik:reimagine-flux.image: field label</extracomment>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="202"/>
        <source>Base64 image to do the reimagination</source>
        <extracomment>freepik:reimagine-flux.image: field tooltip</extracomment>
        <translation>Base64-Bild für die Neuinterpretation</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="204"/>
        <source>Imagination</source>
        <extracomment>freepik:reimagine-flux.imagination: field label</extracomment>
        <translation>Fantasie</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="206"/>
        <source>Imagination type</source>
        <extracomment>freepik:reimagine-flux.imagination: field tooltip</extracomment>
        <translation>Art der Fantasie</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="208"/>
        <source>Wild</source>
        <extracomment>freepik:reimagine-flux.imagination: choice</extracomment>
        <translation>Wild</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="210"/>
        <source>Subtle</source>
        <extracomment>freepik:reimagine-flux.imagination: choice</extracomment>
        <translation>Dezent</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="212"/>
        <source>Vivid</source>
        <extracomment>freepik:reimagine-flux.imagination: choice</extracomment>
        <translation>Lebhaft</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="214"/>
        <source>Image size with the aspect ratio. If not present, the default is original.</source>
        <extracomment>freepik:reimagine-flux.aspect_ratio: field tooltip</extracomment>
        <translation>Bildgröße mit Seitenverhältnis. Ohne Angabe wird „Original“ verwendet.</translation>
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
        <translation>Quadratisch 1:1</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="220"/>
        <source>Classic 4:3</source>
        <extracomment>freepik:reimagine-flux.aspect_ratio: choice</extracomment>
        <translation>Klassisch 4:3</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="222"/>
        <source>Traditional 3:4</source>
        <extracomment>freepik:reimagine-flux.aspect_ratio: choice</extracomment>
        <translation>Traditionell 3:4</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="224"/>
        <source>Widescreen 16:9</source>
        <extracomment>freepik:reimagine-flux.aspect_ratio: choice</extracomment>
        <translation>Breitbild 16:9</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="226"/>
        <source>Social story 9:16</source>
        <extracomment>freepik:reimagine-flux.aspect_ratio: choice</extracomment>
        <translation>Social-Story 9:16</translation>
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
        <translation>Hochformat 2:3</translation>
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
        <translation>Vertikal 1:2</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="236"/>
        <source>Social post 4:5</source>
        <extracomment>freepik:reimagine-flux.aspect_ratio: choice</extracomment>
        <translation>Social-Post 4:5</translation>
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
        <translation>Optionale Callback-URL, die asynchrone Benachrichtigungen erhält, sobald sich der Status des Tasks ändert.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="242"/>
        <source>Bria AI Reimagine on Segmind&apos;s serverless API: transforms a reference image into a detailed, styled visual that keeps its structure.</source>
        <extracomment>segmind:bria-reimagine: model description</extracomment>
        <translation>Bria AI Reimagine über die serverlose API von Segmind: verwandelt ein Referenzbild in ein detailliertes, gestaltetes Bild, das seine Struktur beibehält.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="244"/>
        <source>Input text for desired image. Descriptive prompts yield detailed outputs.</source>
        <extracomment>segmind:bria-reimagine.prompt: field tooltip</extracomment>
        <translation>Text für das gewünschte Bild. Beschreibende Prompts ergeben detaillierte Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="246"/>
        <source>Sets refinement iterations. Higher values increase detail.</source>
        <extracomment>segmind:bria-reimagine.steps_num: field tooltip</extracomment>
        <translation>Legt die Anzahl der Verfeinerungsschritte fest. Höhere Werte erhöhen die Detailtiefe.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="248"/>
        <source>Sets image seed for reproducibility. Useful for recreating identical images.</source>
        <extracomment>segmind:bria-reimagine.seed: field tooltip</extracomment>
        <translation>Legt den Seed des Bildes für reproduzierbare Ergebnisse fest. Nützlich, um identische Bilder erneut zu erzeugen.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="250"/>
        <source>Fast</source>
        <extracomment>segmind:bria-reimagine.fast: field label</extracomment>
        <translation>Schnell</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="252"/>
        <source>Enables speed over detail. Use for quick results.</source>
        <extracomment>segmind:bria-reimagine.fast: field tooltip</extracomment>
        <translation>Bevorzugt Geschwindigkeit vor Details. Für schnelle Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="254"/>
        <source>Sketch (structure)</source>
        <extracomment>segmind:bria-reimagine.structure_image_url: field label</extracomment>
        <translation>Skizze (Struktur)</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="256"/>
        <source>Provides a URL for a reference image. Use detailed images for complex compositions.</source>
        <extracomment>segmind:bria-reimagine.structure_image_url: field tooltip</extracomment>
        <translation>Gibt eine URL für ein Referenzbild an. Verwenden Sie detaillierte Bilder für komplexe Kompositionen.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="258"/>
        <source>Structure influence</source>
        <extracomment>segmind:bria-reimagine.structure_ref_influence: field label</extracomment>
        <translation>Struktureinfluss</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="260"/>
        <source>Sets influence of reference image. Increase for precise adherence.</source>
        <extracomment>segmind:bria-reimagine.structure_ref_influence: field tooltip</extracomment>
        <translation>Legt den Einfluss des Referenzbildes fest. Erhöhen Sie den Wert für eine genauere Übereinstimmung.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="262"/>
        <source>Enhance image</source>
        <extracomment>segmind:bria-reimagine.enhance_image: field label</extracomment>
        <translation>Bild verbessern</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="264"/>
        <source>Enhances image details. Enable for high-quality outputs.</source>
        <extracomment>segmind:bria-reimagine.enhance_image: field tooltip</extracomment>
        <translation>Verbessert die Bilddetails. Aktivieren Sie dies für hochwertige Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="266"/>
        <source>Generation prefix</source>
        <extracomment>segmind:bria-reimagine.include_generation_prefix: field label</extracomment>
        <translation>Generierungspräfix</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="268"/>
        <source>Adds model generation prefix. Enable for consistency with standards.</source>
        <extracomment>segmind:bria-reimagine.include_generation_prefix: field tooltip</extracomment>
        <translation>Fügt das Generierungspräfix des Modells hinzu. Aktivieren Sie dies für Konsistenz mit Standards.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="270"/>
        <source>Moderate prompt</source>
        <extracomment>segmind:bria-reimagine.prompt_content_moderation: field label</extracomment>
        <translation>Prompt moderieren</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="272"/>
        <source>Moderates prompt content for safety. Disable for unmoderated input.</source>
        <extracomment>segmind:bria-reimagine.prompt_content_moderation: field tooltip</extracomment>
        <translation>Moderiert den Inhalt des Prompts aus Sicherheitsgründen. Deaktivieren Sie dies für unmoderierte Eingaben.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="274"/>
        <source>Moderate content</source>
        <extracomment>segmind:bria-reimagine.content_moderation: field label</extracomment>
        <translation>Inhalt moderieren</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="276"/>
        <source>Enforces image content guidelines. Disable for unrestricted creation.</source>
        <extracomment>segmind:bria-reimagine.content_moderation: field tooltip</extracomment>
        <translation>Setzt Richtlinien für Bildinhalte durch. Deaktivieren Sie dies für uneingeschränktes Erstellen.</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="278"/>
        <source>Ip signal</source>
        <extracomment>segmind:bria-reimagine.ip_signal: field label</extracomment>
        <translation>IP-Signal</translation>
    </message>
    <message>
        <location filename="../build/generated/modelschemastrings.cpp" line="280"/>
        <source>Detects potential IP issues. Useful in professional settings.</source>
        <extracomment>segmind:bria-reimagine.ip_signal: field tooltip</extracomment>
        <translation>Erkennt mögliche Probleme mit geistigem Eigentum (IP). Nützlich im professionellen Umfeld.</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../src/gui/forms/numbereditor.cpp" line="115"/>
        <source>More than %1 and less than %2</source>
        <translation>Mehr als %1 und weniger als %2</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/numbereditor.cpp" line="117"/>
        <source>More than %1, up to %2</source>
        <translation>Mehr als %1, bis %2</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/numbereditor.cpp" line="119"/>
        <source>From %1 to less than %2</source>
        <translation>Von %1 bis unter %2</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/numbereditor.cpp" line="120"/>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/numbereditor.cpp" line="123"/>
        <source>More than %1</source>
        <translation>Mehr als %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/numbereditor.cpp" line="124"/>
        <source>At least %1</source>
        <translation>Mindestens %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/numbereditor.cpp" line="126"/>
        <source>Less than %1</source>
        <translation>Weniger als %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/numbereditor.cpp" line="127"/>
        <source>At most %1</source>
        <translation>Höchstens %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/numbereditor.cpp" line="142"/>
        <source>Send a value for this field; when off, the provider decides</source>
        <translation>Einen Wert für dieses Feld senden; wenn aus, entscheidet der Anbieter</translation>
    </message>
</context>
<context>
    <name>ParameterValidator</name>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="61"/>
        <location filename="../src/core/schema/parametervalidator.cpp" line="227"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="70"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="74"/>
        <source>%1 must be greater than %2.</source>
        <translation>%1 muss größer als %2 sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="75"/>
        <source>%1 must be at least %2.</source>
        <translation>%1 muss mindestens %2 sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="77"/>
        <source>%1 must be less than %2.</source>
        <translation>%1 muss kleiner als %2 sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="78"/>
        <source>%1 must be at most %2.</source>
        <translation>%1 darf höchstens %2 sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="89"/>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss einer der folgenden Werte sein: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/schema/parametervalidator.cpp" line="94"/>
        <source>%1 must be at least %n character(s) long.</source>
        <translation>
            <numerusform>%1 muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>%1 muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/schema/parametervalidator.cpp" line="96"/>
        <source>%1 must be at most %n character(s) long (now %2).</source>
        <translation>
            <numerusform>%1 darf höchstens %n Zeichen lang sein (derzeit %2).</numerusform>
            <numerusform>%1 darf höchstens %n Zeichen lang sein (derzeit %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="101"/>
        <source>%1 has the wrong format: &apos;%2&apos;.</source>
        <translation>%1 hat das falsche Format: „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="109"/>
        <source>%1 must be text.</source>
        <translation>%1 muss ein Text sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="115"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="121"/>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="127"/>
        <source>%1 must be true or false.</source>
        <translation>%1 muss „true“ oder „false“ sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="131"/>
        <source>%1 must be an image file or URL.</source>
        <translation>%1 muss eine Bilddatei oder URL sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="135"/>
        <source>%1 must be a list of images.</source>
        <translation>%1 muss eine Liste von Bildern sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="139"/>
        <source>%1 must be a list of image files or URLs.</source>
        <translation>%1 muss eine Liste von Bilddateien oder URLs sein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/schema/parametervalidator.cpp" line="142"/>
        <source>%1 takes at most %n image(s).</source>
        <translation>
            <numerusform>%1 nimmt höchstens %n Bild an.</numerusform>
            <numerusform>%1 nimmt höchstens %n Bilder an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/schema/parametervalidator.cpp" line="144"/>
        <source>%1 needs at least %n image(s).</source>
        <translation>
            <numerusform>%1 benötigt mindestens %n Bild.</numerusform>
            <numerusform>%1 benötigt mindestens %n Bilder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="149"/>
        <source>%1 must be a list.</source>
        <translation>%1 muss eine Liste sein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/schema/parametervalidator.cpp" line="152"/>
        <source>%1 takes at most %n item(s).</source>
        <translation>
            <numerusform>%1 nimmt höchstens %n Eintrag an.</numerusform>
            <numerusform>%1 nimmt höchstens %n Einträge an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/schema/parametervalidator.cpp" line="154"/>
        <source>%1 needs at least %n item(s).</source>
        <translation>
            <numerusform>%1 benötigt mindestens %n Eintrag.</numerusform>
            <numerusform>%1 benötigt mindestens %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="158"/>
        <source>%1 must be a list of texts.</source>
        <translation>%1 muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="162"/>
        <source>%1 must be a list of whole numbers.</source>
        <translation>%1 muss eine Liste ganzer Zahlen sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="164"/>
        <source>%1 must be a list of numbers.</source>
        <translation>%1 muss eine Liste von Zahlen sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="174"/>
        <source>%1 must be one of: %2, or a width and height.</source>
        <translation>%1 muss einer der folgenden Werte sein: %2 – oder eine Breite und Höhe.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="177"/>
        <source>%1 must be a preset or a width and height.</source>
        <translation>%1 muss eine Vorgabe oder eine Breite und Höhe sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="180"/>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="186"/>
        <source>%1 takes either a preset name or a list of colours, not both or neither.</source>
        <translation>%1 erwartet entweder einen Vorgabenamen oder eine Farbliste – genau eines von beiden.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="197"/>
        <source>%1 has no part named &apos;%2&apos;.</source>
        <translation>%1 hat keinen Bestandteil namens „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="204"/>
        <source>%1 needs &apos;%2&apos;.</source>
        <translation>%1 benötigt „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="219"/>
        <source>Unknown parameter &apos;%1&apos; for %2. Known parameters: %3.</source>
        <translation>Unbekannter Parameter „%1“ für %2. Bekannte Parameter: %3.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="248"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="251"/>
        <source>Add a sketch first: %1 needs %2.</source>
        <translation>Fügen Sie zuerst eine Skizze hinzu: %1 braucht %2.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="262"/>
        <source>%1 cannot be used together with %2.</source>
        <translation>%1 kann nicht zusammen mit %2 verwendet werden.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="280"/>
        <source>%1 expects %2, got &apos;%3&apos;.</source>
        <translation>%1 erwartet %2, erhalten: „%3“.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="294"/>
        <source>%1 expects a whole number, got &apos;%2&apos;.</source>
        <translation>%1 erwartet eine ganze Zahl, erhalten: „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="303"/>
        <source>%1 expects a number, got &apos;%2&apos;.</source>
        <translation>%1 erwartet eine Zahl, erhalten: „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="316"/>
        <source>%1 expects true or false, got &apos;%2&apos;.</source>
        <translation>%1 erwartet „true“ oder „false“, erhalten: „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="322"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="330"/>
        <source>%1 expects a list of numbers, got &apos;%2&apos;.</source>
        <translation>%1 erwartet eine Liste von Zahlen, erhalten: „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="342"/>
        <source>a JSON object</source>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="354"/>
        <source>%1 expects a JSON object, got &apos;%2&apos;.</source>
        <translation>%1 erwartet ein JSON-Objekt, erhalten: „%2“.</translation>
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
        <location filename="../src/core/imaging/pngchunks.cpp" line="66"/>
        <source>The data is not a PNG image.</source>
        <translation>Die Daten sind kein PNG-Bild.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngchunks.cpp" line="73"/>
        <source>The PNG data is truncated at byte %1.</source>
        <translation>Die PNG-Daten brechen bei Byte %1 ab.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngchunks.cpp" line="83"/>
        <source>The PNG data is corrupt at byte %1 (invalid chunk type).</source>
        <translation>Die PNG-Daten sind bei Byte %1 beschädigt (ungültiger Chunk-Typ).</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngchunks.cpp" line="88"/>
        <source>The PNG data is truncated in chunk %1 at byte %2.</source>
        <translation>Die PNG-Daten brechen in Chunk %1 bei Byte %2 ab.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngchunks.cpp" line="97"/>
        <source>The PNG data is corrupt: it does not start with IHDR.</source>
        <translation>Die PNG-Daten sind beschädigt: Sie beginnen nicht mit IHDR.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/generationinfo.cpp" line="95"/>
        <source>The metadata has no valid format version.</source>
        <translation>Die Metadaten haben keine gültige Formatversion.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngmetadata.cpp" line="50"/>
        <source>The PNG data is corrupt: chunk %1 at byte %2 has a wrong CRC.</source>
        <translation>Die PNG-Daten sind beschädigt: Chunk %1 bei Byte %2 hat eine falsche CRC.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngmetadata.cpp" line="108"/>
        <source>The metadata JSON is invalid: %1</source>
        <translation>Das Metadaten-JSON ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngmetadata.cpp" line="123"/>
        <source>The PNG carries no generation metadata.</source>
        <translation>Das PNG enthält keine Generierungsmetadaten.</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="70"/>
        <source>This is not a Reimagine Studio preset (its &quot;format&quot; is missing or different).</source>
        <translation>Dies ist keine Vorgabe von Reimagine Studio („format“ fehlt oder ist anders).</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="75"/>
        <source>The preset has format version %1; this version of the app reads version %2.</source>
        <translation>Die Vorgabe hat die Formatversion %1; diese Version der App liest Version %2.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="85"/>
        <source>The preset&apos;s values for %1 are not an object.</source>
        <translation>Die Werte der Vorgabe für %1 sind kein Objekt.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="94"/>
        <source>The preset&apos;s structure settings are invalid: %1</source>
        <translation>Die Struktureinstellungen der Vorgabe sind ungültig: %1</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="102"/>
        <source>Unknown seed policy &apos;%1&apos; (fixed, random or increment).</source>
        <translation>Unbekannte Seed-Regel „%1“ (fixed, random oder increment).</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="112"/>
        <source>Cannot open the preset %1: %2</source>
        <translation>Die Vorgabe %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="116"/>
        <source>The preset %1 is too large to be a preset.</source>
        <translation>Die Datei %1 ist zu groß für eine Vorgabe.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="122"/>
        <source>The preset %1 is not valid JSON: %2</source>
        <translation>Die Vorgabe %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="211"/>
        <source>prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="212"/>
        <source>negative prompt</source>
        <translation>Negativ-Prompt</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="213"/>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="214"/>
        <source>strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="215"/>
        <source>aspect ratio</source>
        <translation>Seitenverhältnis</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="216"/>
        <source>number of images</source>
        <translation>Anzahl der Bilder</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="231"/>
        <source>%1 (%2 has no such setting)</source>
        <translation>%1 (%2 hat keine solche Einstellung)</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="234"/>
        <source>its exact values for this model</source>
        <translation>ihre genauen Werte für dieses Modell</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="239"/>
        <source>the exact values saved for %1</source>
        <translation>die für %1 gespeicherten genauen Werte</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="243"/>
        <source>Nothing of preset “%1” applies to %2.</source>
        <translation>Nichts aus der Vorgabe „%1“ passt zu %2.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="244"/>
        <source>Preset “%1” applied to %2: %3.</source>
        <translation>Vorgabe „%1“ auf %2 angewendet: %3.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="245"/>
        <source>Not applied: %1.</source>
        <translation>Nicht angewendet: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="259"/>
        <source>The values for %1 were ignored: that model is not in the catalog.</source>
        <translation>Die Werte für %1 wurden ignoriert: Dieses Modell ist nicht im Katalog.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="267"/>
        <source>%1: %2 was ignored; a preset never chooses which file is sent.</source>
        <translation>%1: %2 wurde ignoriert; eine Vorgabe wählt nie, welche Datei gesendet wird.</translation>
    </message>
</context>
<context>
    <name>PresetListModel</name>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="104"/>
        <source>strength %1</source>
        <translation>Stärke %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/presetspanel.cpp" line="110"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="114"/>
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="116"/>
        <source>random seed</source>
        <translation>zufälliger Seed</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="118"/>
        <source>incrementing seed</source>
        <translation>hochzählender Seed</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/presetspanel.cpp" line="120"/>
        <source>exact values for %n model(s)</source>
        <translation>
            <numerusform>genaue Werte für %n Modell</numerusform>
            <numerusform>genaue Werte für %n Modelle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="77"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="83"/>
        <source>%1: %2 It could not be moved aside: %3</source>
        <translation>%1: %2 Die Datei konnte nicht beiseitegelegt werden: %3</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="86"/>
        <source>%1: %2 It was moved to %3.</source>
        <translation>%1: %2 Die Datei wurde nach %3 verschoben.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="98"/>
        <source>%1: another file already holds a preset named “%2”.</source>
        <translation>%1: Eine andere Datei enthält bereits eine Vorgabe namens „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="229"/>
        <source>Cannot create the presets folder %1.</source>
        <translation>Der Vorgabenordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="237"/>
        <location filename="../src/core/presets/presetstore.cpp" line="242"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="255"/>
        <location filename="../src/core/presets/presetstore.cpp" line="277"/>
        <source>A preset needs a name.</source>
        <translation>Eine Vorgabe benötigt einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="272"/>
        <location filename="../src/core/presets/presetstore.cpp" line="310"/>
        <location filename="../src/core/presets/presetstore.cpp" line="366"/>
        <source>There is no preset named “%1”.</source>
        <translation>Es gibt keine Vorgabe namens „%1“.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="284"/>
        <source>A preset named “%1” already exists.</source>
        <translation>Eine Vorgabe namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="297"/>
        <source>Cannot remove the old preset file %1.</source>
        <translation>Die alte Vorgabedatei %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="315"/>
        <source>Cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="352"/>
        <source>Imported preset</source>
        <translation>Importierte Vorgabe</translation>
    </message>
</context>
<context>
    <name>PresetsPanel</name>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="133"/>
        <source>Save Current…</source>
        <translation>Als Vorgabe speichern…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="135"/>
        <source>Save the current prompt and settings as a preset</source>
        <translation>Aktuellen Prompt und aktuelle Einstellungen als Vorgabe speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="136"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="138"/>
        <source>Apply the selected preset to the current model (double-click works too)</source>
        <translation>Ausgewählte Vorgabe auf das aktuelle Modell anwenden (auch per Doppelklick)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="139"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="141"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="143"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="145"/>
        <source>Add a preset file someone shared with you</source>
        <translation>Eine Vorgabedatei hinzufügen, die jemand mit Ihnen geteilt hat</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="146"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="148"/>
        <source>Save the selected preset as a file to share</source>
        <translation>Ausgewählte Vorgabe als Datei zum Weitergeben speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="159"/>
        <source>No presets yet. Save the current settings to reuse them on any model.</source>
        <translation>Noch keine Vorgaben. Speichern Sie die aktuellen Einstellungen, um sie mit jedem Modell wiederzuverwenden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/presetspanel.cpp" line="267"/>
        <source>%n file(s) in the presets folder could not be read and are not listed.</source>
        <translation>
            <numerusform>%n Datei im Vorgabenordner konnte nicht gelesen werden und wird nicht aufgeführt.</numerusform>
            <numerusform>%n Dateien im Vorgabenordner konnten nicht gelesen werden und werden nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="293"/>
        <source>Save Preset</source>
        <translation>Vorgabe speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="294"/>
        <source>Name of the preset:</source>
        <translation>Name der Vorgabe:</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="296"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="300"/>
        <source>A preset needs a name.</source>
        <translation>Eine Vorgabe benötigt einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="307"/>
        <source>Replace Preset</source>
        <translation>Vorgabe ersetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="308"/>
        <source>A preset named “%1” already exists. Replace it with the current settings?</source>
        <translation>Eine Vorgabe namens „%1“ existiert bereits. Durch die aktuellen Einstellungen ersetzen?</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="313"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="349"/>
        <source>The preset “%1” is no longer there.</source>
        <translation>Die Vorgabe „%1“ ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="368"/>
        <source>Rename Preset</source>
        <translation>Vorgabe umbenennen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="369"/>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="371"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="391"/>
        <source>Delete Preset</source>
        <translation>Vorgabe löschen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="392"/>
        <source>Delete the preset “%1”? This cannot be undone.</source>
        <translation>Die Vorgabe „%1“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="396"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="421"/>
        <source>Import Preset</source>
        <translation>Vorgabe importieren</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="423"/>
        <source>Presets (*.json);;All files (*)</source>
        <translation>Vorgaben (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="435"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="441"/>
        <source>%1 was imported. %2</source>
        <translation>%1 wurde importiert. %2</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="454"/>
        <source>Export Preset</source>
        <translation>Vorgabe exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="454"/>
        <source>Presets (*.json)</source>
        <translation>Vorgaben (*.json)</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <location filename="../src/gui/forms/prompteditor.cpp" line="24"/>
        <source>Describe the image you want…</source>
        <translation>Beschreiben Sie das gewünschte Bild…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/prompteditor.cpp" line="26"/>
        <source>What to leave out…</source>
        <translation>Was weggelassen werden soll…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/prompteditor.cpp" line="88"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/prompteditor.cpp" line="91"/>
        <source>Characters: %1</source>
        <translation>Zeichen: %1</translation>
    </message>
</context>
<context>
    <name>ProviderInfo</name>
    <message>
        <location filename="../src/core/model/providerinfo.cpp" line="162"/>
        <source>%1 sends your %2 API key to %3, which is not a %2 host.</source>
        <translation>%1 sendet Ihren %2-API-Schlüssel an %3, das kein %2-Host ist.</translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <location filename="../src/core/providers/providerregistry.cpp" line="39"/>
        <source>Unknown provider “%1”.</source>
        <translation>Unbekannter Anbieter „%1“.</translation>
    </message>
</context>
<context>
    <name>ProviderRun</name>
    <message>
        <location filename="../src/core/providers/provider.cpp" line="103"/>
        <source>Rate-limited by %1</source>
        <translation>Von %1 gedrosselt</translation>
    </message>
    <message>
        <location filename="../src/core/providers/provider.cpp" line="105"/>
        <source>Server problem at %1 (HTTP %2)</source>
        <translation>Serverproblem bei %1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../src/core/providers/provider.cpp" line="106"/>
        <source>No answer from %1</source>
        <translation>Keine Antwort von %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/provider.cpp" line="114"/>
        <source>%1, retrying now</source>
        <translation>%1, neuer Versuch jetzt</translation>
    </message>
    <message>
        <location filename="../src/core/providers/provider.cpp" line="115"/>
        <source>%1, retrying in %2 s</source>
        <translation>%1, neuer Versuch in %2 s</translation>
    </message>
    <message>
        <location filename="../src/core/providers/provider.cpp" line="125"/>
        <source>%1 (attempt %2 of %3). %4</source>
        <translation>%1 (Versuch %2 von %3). %4</translation>
    </message>
    <message>
        <location filename="../src/core/providers/provider.cpp" line="182"/>
        <source>%1; nothing was sent. %2</source>
        <translation>%1; es wurde nichts gesendet. %2</translation>
    </message>
    <message>
        <location filename="../src/core/providers/provider.cpp" line="218"/>
        <source>The request had been sent, so this run may have been charged. It was not sent again; check the provider&apos;s dashboard before running it again.</source>
        <translation>Die Anfrage war gesendet, daher wurde dieser Durchlauf möglicherweise berechnet. Sie wurde nicht erneut gesendet; prüfen Sie das Dashboard des Anbieters, bevor Sie ihn erneut ausführen.</translation>
    </message>
</context>
<context>
    <name>QuitConfirmation</name>
    <message numerus="yes">
        <location filename="../src/gui/quitconfirmation.cpp" line="29"/>
        <source>%n job(s) still running.</source>
        <translation>
            <numerusform>%n Auftrag läuft noch.</numerusform>
            <numerusform>%n Aufträge laufen noch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/quitconfirmation.cpp" line="36"/>
        <source>%n job(s) will resume the next time you start Reimagine Studio, without being paid for twice.</source>
        <translation>
            <numerusform>%n Auftrag wird beim nächsten Start von Reimagine Studio fortgesetzt, ohne doppelt bezahlt zu werden.</numerusform>
            <numerusform>%n Aufträge werden beim nächsten Start von Reimagine Studio fortgesetzt, ohne doppelt bezahlt zu werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/quitconfirmation.cpp" line="40"/>
        <source>%n %1 run(s) cannot be followed once the app is closed: the result will be lost, and the provider may still charge for it.</source>
        <translation>
            <numerusform>%n Durchlauf mit %1 kann nach dem Schließen der App nicht weiterverfolgt werden: Das Ergebnis geht verloren, und der Anbieter kann ihn trotzdem berechnen.</numerusform>
            <numerusform>%n Durchläufe mit %1 können nach dem Schließen der App nicht weiterverfolgt werden: Die Ergebnisse gehen verloren, und der Anbieter kann sie trotzdem berechnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <location filename="../src/gui/widgets/recentfilesmenu.cpp" line="64"/>
        <source>No recent sketches</source>
        <translation>Keine zuletzt geöffneten Skizzen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/recentfilesmenu.cpp" line="66"/>
        <source>Sketches you open appear here</source>
        <translation>Von Ihnen geöffnete Skizzen erscheinen hier</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/recentfilesmenu.cpp" line="69"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/recentfilesmenu.cpp" line="71"/>
        <source>Forget the recently opened sketches</source>
        <translation>Liste der zuletzt geöffneten Skizzen löschen</translation>
    </message>
</context>
<context>
    <name>ResultWriter</name>
    <message>
        <location filename="../src/core/imaging/resultwriter.cpp" line="93"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/resultwriter.cpp" line="130"/>
        <source>%1: results can be saved as .png, .jpg or .webp.</source>
        <translation>%1: Ergebnisse können als .png, .jpg oder .webp gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/resultwriter.cpp" line="148"/>
        <source>Cannot encode %1: %2</source>
        <translation>%1 kann nicht kodiert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/resultwriter.cpp" line="170"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ResultsArea</name>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="100"/>
        <source>&amp;Wipe</source>
        <translation>&amp;Wischen</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="102"/>
        <source>Sketch on the left of a divider, result on the right</source>
        <translation>Skizze links einer Trennlinie, Ergebnis rechts</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="103"/>
        <source>&amp;Side by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="105"/>
        <source>Sketch and result next to each other, zoomed together</source>
        <translation>Skizze und Ergebnis nebeneinander, gemeinsam gezoomt</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="106"/>
        <source>&amp;Blend</source>
        <translation>Ü&amp;berblenden</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="108"/>
        <source>The result over the sketch with adjustable opacity</source>
        <translation>Das Ergebnis über der Skizze mit einstellbarer Deckkraft</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="109"/>
        <source>&amp;Onion Skin</source>
        <translation>&amp;Zwiebelhaut</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="111"/>
        <source>The sketch laid over the result like tracing paper: where the lines run</source>
        <translation>Die Skizze wie Transparentpapier über dem Ergebnis: wo die Linien verlaufen</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="112"/>
        <source>&amp;Difference</source>
        <translation>Di&amp;fferenz</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="114"/>
        <source>Black where the two agree, bright where the result left the sketch</source>
        <translation>Schwarz, wo beide übereinstimmen, hell, wo das Ergebnis von der Skizze abweicht</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="129"/>
        <source>&amp;Fit to Window</source>
        <translation>In Fenster &amp;einpassen</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="131"/>
        <source>Show the whole result</source>
        <translation>Das ganze Ergebnis anzeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="132"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="134"/>
        <source>One image pixel per screen pixel</source>
        <translation>Ein Bildpixel pro Bildschirmpixel</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="138"/>
        <source>‹ Back to Grid</source>
        <translation>‹ Zurück zum Raster</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="139"/>
        <source>Return to the comparison grid</source>
        <translation>Zurück zum Vergleichsraster</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="145"/>
        <source>‹ Sketch</source>
        <translation>‹ Skizze</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="146"/>
        <source>Show the sketch alone (drop another one there)</source>
        <translation>Nur die Skizze anzeigen (dort eine andere hineinziehen)</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="167"/>
        <source>More views</source>
        <translation>Weitere Ansichten</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="168"/>
        <source>The views and zoom buttons that do not fit beside the others</source>
        <translation>Die Ansichten und Zoomknöpfe, die neben den anderen keinen Platz haben</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="185"/>
        <source>Wipe</source>
        <translation>Wischen</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="186"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="187"/>
        <source>Blend</source>
        <translation>Überblenden</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="188"/>
        <source>Onion</source>
        <translation>Zwiebelhaut</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="189"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="191"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="192"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="219"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="341"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="360"/>
        <source>There is no result to save yet.</source>
        <translation>Es gibt noch kein Ergebnis zum Speichern.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="365"/>
        <source>Save Result</source>
        <translation>Ergebnis speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="593"/>
        <source>From the history · %1 px</source>
        <translation>Aus dem Verlauf · %1 px</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="597"/>
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="364"/>
        <source>PNG with parameters (*.png)</source>
        <translation>PNG mit Parametern (*.png)</translation>
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
        <location filename="../src/gui/resultsarea.cpp" line="377"/>
        <source>Choose a name ending in .png, .jpg or .webp.</source>
        <translation>Wählen Sie einen Namen mit der Endung .png, .jpg oder .webp.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="401"/>
        <source>This run has no result.</source>
        <translation>Dieser Durchlauf hat kein Ergebnis.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="414"/>
        <source>%1 finished in %2.</source>
        <translation>%1 in %2 abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="421"/>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="460"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="452"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="467"/>
        <source>No API key for %1. %2</source>
        <translation>Kein API-Schlüssel für %1. %2</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="484"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="485"/>
        <source>%1, result %2</source>
        <translation>%1, Ergebnis %2</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="504"/>
        <location filename="../src/gui/resultsarea.cpp" line="550"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="590"/>
        <source>%1 · %2 · %3 px</source>
        <translation>%1 · %2 · %3 px</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="619"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="620"/>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>RunFactory</name>
    <message>
        <location filename="../src/core/session/runfactory.cpp" line="42"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/session/runfactory.cpp" line="61"/>
        <source>No API key for %1. %2</source>
        <translation>Kein API-Schlüssel für %1. %2</translation>
    </message>
    <message>
        <location filename="../src/core/session/runfactory.cpp" line="115"/>
        <source>Add it in Edit ▸ Settings… ▸ Keys, or set %1 in the environment.</source>
        <translation>Fügen Sie ihn unter Bearbeiten ▸ Einstellungen… ▸ API-Schlüssel hinzu oder setzen Sie %1 in der Umgebung.</translation>
    </message>
</context>
<context>
    <name>SchemaForm</name>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="43"/>
        <source>Reset to Defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="40"/>
        <source>Put every field of this model back to its default value</source>
        <translation>Alle Felder dieses Modells auf ihren Standardwert zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="94"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="96"/>
        <source>Reference images that guide the composition</source>
        <translation>Referenzbilder, die die Komposition steuern</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="103"/>
        <location filename="../src/gui/forms/schemaform.cpp" line="130"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="105"/>
        <source>Fine-tuning; the defaults are a good start</source>
        <translation>Feinabstimmung; die Standardwerte sind ein guter Anfang</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="130"/>
        <source>Advanced (%1)</source>
        <translation>Erweitert (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="209"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
</context>
<context>
    <name>SchemaParser</name>
    <message>
        <location filename="../src/core/schema/schemajson.cpp" line="54"/>
        <source>only local references are supported, got &apos;%1&apos;</source>
        <translation>nur lokale Referenzen werden unterstützt, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemajson.cpp" line="62"/>
        <location filename="../src/core/schema/schemajson.cpp" line="68"/>
        <source>reference &apos;%1&apos; does not resolve</source>
        <translation>Referenz „%1“ lässt sich nicht auflösen</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemajson.cpp" line="90"/>
        <source>%1: reference chain too deep</source>
        <translation>%1: Referenzkette zu tief</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemalabels.cpp" line="75"/>
        <source>square</source>
        <translation>quadratisch</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemalabels.cpp" line="76"/>
        <source>landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemalabels.cpp" line="76"/>
        <source>portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location filename="../src/core/schema/propertyparser.cpp" line="133"/>
        <source>%1: union of %2 types is edited as raw JSON</source>
        <translation>%1: Vereinigung aus %2 Typen wird als JSON-Rohwert bearbeitet</translation>
    </message>
    <message>
        <location filename="../src/core/schema/propertyparser.cpp" line="287"/>
        <source>%1: list of %2 is edited as raw JSON</source>
        <translation>%1: Liste von %2 wird als JSON-Rohwert bearbeitet</translation>
    </message>
    <message>
        <location filename="../src/core/schema/propertyparser.cpp" line="288"/>
        <source>unknown items</source>
        <translation>unbekannten Einträgen</translation>
    </message>
    <message>
        <location filename="../src/core/schema/propertyparser.cpp" line="93"/>
        <source>%1: no type given, edited as raw JSON</source>
        <translation>%1: kein Typ angegeben, wird als JSON-Rohwert bearbeitet</translation>
    </message>
    <message>
        <location filename="../src/core/schema/propertyparser.cpp" line="94"/>
        <source>%1: type &apos;%2&apos; is edited as raw JSON</source>
        <translation>%1: Typ „%2“ wird als JSON-Rohwert bearbeitet</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="44"/>
        <source>the model file has no &apos;%1&apos;</source>
        <translation>die Modelldatei enthält kein „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="52"/>
        <source>the model file has no &apos;input&apos; schema</source>
        <translation>die Modelldatei enthält kein „input“-Schema</translation>
    </message>
    <message>
        <location filename="../src/core/schema/catalogfile.cpp" line="36"/>
        <source>role &apos;%1&apos; names the unknown field &apos;%2&apos;</source>
        <translation>Rolle „%1“ verweist auf das unbekannte Feld „%2“</translation>
    </message>
    <message>
        <location filename="../src/core/schema/catalogfile.cpp" line="68"/>
        <source>&apos;needs&apos; names the unknown field &apos;%1&apos;</source>
        <translation>„needs“ nennt das unbekannte Feld „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="71"/>
        <source>the input schema has no properties</source>
        <translation>das Eingabeschema hat keine Eigenschaften</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="91"/>
        <source>the OpenAPI document has no submit (POST) path</source>
        <translation>das OpenAPI-Dokument hat keinen Pfad zum Übermitteln (POST)</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="96"/>
        <source>the POST %1 has no application/json request body schema</source>
        <translation>POST %1 hat kein Schema für einen application/json-Anfragetext</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="124"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="128"/>
        <source>the document is not a JSON object</source>
        <translation>das Dokument ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>SeedEditor</name>
    <message>
        <location filename="../src/gui/forms/seededitor.cpp" line="29"/>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/seededitor.cpp" line="31"/>
        <source>The same seed, prompt and settings give the same image</source>
        <translation>Gleicher Seed, Prompt und gleiche Einstellungen ergeben dasselbe Bild</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/seededitor.cpp" line="39"/>
        <source>Pick a new random seed</source>
        <translation>Neuen zufälligen Seed wählen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/seedlockbutton.cpp" line="23"/>
        <source>Seed locked: every run uses this seed, so the same settings give the same image. Click to get a new seed for every run.</source>
        <translation>Seed fixiert: Jeder Durchlauf verwendet diesen Seed, sodass dieselben Einstellungen dasselbe Bild ergeben. Klicken, um für jeden Durchlauf einen neuen Seed zu erhalten.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/seedlockbutton.cpp" line="26"/>
        <source>Seed unlocked: every run gets a new random seed, shown here. Click (or type a seed) to keep one.</source>
        <translation>Seed frei: Jeder Durchlauf erhält einen neuen zufälligen Seed, der hier angezeigt wird. Klicken (oder einen Seed eingeben), um einen zu behalten.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/seedlockbutton.cpp" line="29"/>
        <source>Seed locked</source>
        <translation>Seed fixiert</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/seedlockbutton.cpp" line="30"/>
        <source>Seed unlocked</source>
        <translation>Seed frei</translation>
    </message>
</context>
<context>
    <name>SegmindRun</name>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="100"/>
        <source>No Segmind API key is set. Add one in Settings.</source>
        <translation>Es ist kein Segmind-API-Schlüssel festgelegt. Fügen Sie einen in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="123"/>
        <source>This Segmind job cannot be resumed: Segmind answers while the image is generated, and the answer was lost. It was not resubmitted, so it is not billed twice; run it again if needed.</source>
        <translation>Dieser Segmind-Auftrag kann nicht fortgesetzt werden: Segmind antwortet während der Bildgenerierung, und die Antwort ging verloren. Er wurde nicht erneut übermittelt und wird daher nicht doppelt berechnet; führen Sie ihn bei Bedarf erneut aus.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="134"/>
        <source>Cancelled. Segmind may still finish (and bill) the image that was already requested.</source>
        <translation>Abgebrochen. Segmind stellt das bereits angeforderte Bild eventuell trotzdem fertig (und berechnet es).</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="136"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="171"/>
        <source>The image file &quot;%1&quot; does not exist.</source>
        <translation>Die Bilddatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="197"/>
        <source>Preparing %1</source>
        <translation>%1 wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="210"/>
        <source>Uploading the sketch (%1 x %2, %3 KiB)</source>
        <translation>Skizze wird hochgeladen (%1 x %2, %3 KiB)</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="227"/>
        <source>image upload</source>
        <translation>Anfrage zum Hochladen des Bildes</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="241"/>
        <source>Segmind accepted the sketch upload but did not say where it was stored.</source>
        <translation>Segmind hat die hochgeladene Skizze angenommen, aber nicht mitgeteilt, wo sie gespeichert wurde.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="288"/>
        <source>generation request</source>
        <translation>Generierungsanfrage</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="300"/>
        <source>Your Segmind account does not have enough credits for this image (%1).</source>
        <translation>Ihr Segmind-Konto hat nicht genug Guthaben für dieses Bild (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="304"/>
        <source>Segmind says: &quot;%1&quot;.</source>
        <translation>Segmind meldet: „%1“.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="305"/>
        <source>Add credits at segmind.com, then run it again.</source>
        <translation>Laden Sie bei segmind.com Guthaben auf und führen Sie den Auftrag dann erneut aus.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="64"/>
        <location filename="../src/core/providers/segmindprovider.cpp" line="322"/>
        <source>Segmind returned something that is not an image.</source>
        <translation>Segmind hat etwas geliefert, das kein Bild ist.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="323"/>
        <source>Segmind returned something that is not an image (%1).</source>
        <translation>Segmind hat etwas geliefert, das kein Bild ist (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="66"/>
        <source>Segmind returned an image that cannot be read: %1</source>
        <translation>Segmind hat ein Bild geliefert, das nicht gelesen werden kann: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="14"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="27"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="30"/>
        <source>Your keys for fal, Segmind and Freepik, kept in the system keychain</source>
        <translation>Ihre Schlüssel für fal, Segmind und Freepik, im Schlüsselbund des Systems verwahrt</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="51"/>
        <source>Keys are kept in the system keychain, never in settings files. A key set in the environment wins over a stored one.</source>
        <translation>Schlüssel werden im Schlüsselbund des Systems aufbewahrt, nie in Einstellungsdateien. Ein in der Umgebung gesetzter Schlüssel hat Vorrang vor einem gespeicherten.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="61"/>
        <source>fal</source>
        <translation>fal</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="76"/>
        <source>Paste your fal API key</source>
        <translation>Fügen Sie Ihren fal-API-Schlüssel ein</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="86"/>
        <location filename="../ui/settingsdialog.ui" line="173"/>
        <location filename="../ui/settingsdialog.ui" line="260"/>
        <source>Show or hide the key</source>
        <translation>Schlüssel ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="89"/>
        <location filename="../ui/settingsdialog.ui" line="176"/>
        <location filename="../ui/settingsdialog.ui" line="263"/>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="184"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="99"/>
        <source>Check the key with a free request to fal</source>
        <translation>Schlüssel mit einer kostenlosen Anfrage an fal prüfen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="102"/>
        <location filename="../ui/settingsdialog.ui" line="189"/>
        <location filename="../ui/settingsdialog.ui" line="276"/>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="309"/>
        <source>Test key</source>
        <translation>Schlüssel testen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="122"/>
        <location filename="../ui/settingsdialog.ui" line="209"/>
        <location filename="../ui/settingsdialog.ui" line="296"/>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="270"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="148"/>
        <source>Segmind</source>
        <translation>Segmind</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="163"/>
        <source>Paste your Segmind API key</source>
        <translation>Fügen Sie Ihren Segmind-API-Schlüssel ein</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="186"/>
        <source>Check the key with a free request to Segmind</source>
        <translation>Schlüssel mit einer kostenlosen Anfrage an Segmind prüfen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="235"/>
        <source>Freepik</source>
        <translation>Freepik</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="250"/>
        <source>Paste your Freepik API key</source>
        <translation>Fügen Sie Ihren Freepik-API-Schlüssel ein</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="273"/>
        <source>Check the key with a free request to Freepik</source>
        <translation>Schlüssel mit einer kostenlosen Anfrage an Freepik prüfen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="332"/>
        <source>Keys you enter are forgotten when the app quits, and nothing is written to disk</source>
        <translation>Eingegebene Schlüssel werden beim Beenden vergessen, und nichts wird auf die Festplatte geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="335"/>
        <source>When no keychain is available, keep keys for this session only</source>
        <translation>Ohne verfügbaren Schlüsselbund Schlüssel nur für diese Sitzung aufbewahren</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="356"/>
        <source>Jobs &amp;&amp; costs</source>
        <translation>Aufträge &amp;&amp; Kosten</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="359"/>
        <source>How many runs go at once, spending limits, and where results are saved</source>
        <translation>Wie viele Durchläufe gleichzeitig laufen, Ausgabengrenzen und wo Ergebnisse gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="380"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="395"/>
        <source>&amp;Jobs at the same time:</source>
        <translation>&amp;Gleichzeitige Aufträge:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="405"/>
        <source>How many runs may be in progress at once, over all providers</source>
        <translation>Wie viele Durchläufe gleichzeitig laufen dürfen, über alle Anbieter hinweg</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="412"/>
        <source>&amp;Per provider:</source>
        <translation>&amp;Pro Anbieter:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="422"/>
        <source>How many runs may be in progress at once at one provider</source>
        <translation>Wie viele Durchläufe bei einem Anbieter gleichzeitig laufen dürfen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="429"/>
        <source>&amp;Longest side of uploads:</source>
        <translation>&amp;Längste Seite beim Hochladen:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="439"/>
        <source>Larger sketches are scaled down before they are sent (the model&apos;s own limit may be lower)</source>
        <translation>Größere Skizzen werden vor dem Senden verkleinert (die Grenze des Modells kann niedriger sein)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="442"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="455"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="470"/>
        <source>&amp;Ask before runs costing more than</source>
        <translation>&amp;Nachfragen bei Durchläufen teurer als</translation>
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
        <translation>&amp;Tagesbudget:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="500"/>
        <source>A run that would bring today&apos;s spending over this amount is not sent; the app and reimagine-cli both keep to it</source>
        <translation>Ein Durchlauf, der die heutigen Ausgaben über diesen Betrag brächte, wird nicht gesendet; die App und reimagine-cli halten sich beide daran</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="522"/>
        <source>Saving results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="537"/>
        <source>Save &amp;as:</source>
        <translation>Speichern &amp;als:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="547"/>
        <source>The format Save Result proposes; PNG keeps the generation parameters in the file</source>
        <translation>Das Format, das „Ergebnis speichern“ vorschlägt; PNG bewahrt die Erzeugungsparameter in der Datei</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="554"/>
        <source>Save &amp;in:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="569"/>
        <source>The folder used last time</source>
        <translation>Der zuletzt verwendete Ordner</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="579"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="503"/>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="59"/>
        <source>Saves the settings and closes this window</source>
        <translation>Speichert die Einstellungen und schließt dieses Fenster</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="60"/>
        <source>Closes this window without saving</source>
        <translation>Schließt dieses Fenster, ohne zu speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="96"/>
        <source>PNG with parameters</source>
        <translation>PNG mit Parametern</translation>
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
        <translation>Ergebnisse speichern in</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="174"/>
        <source>%1 API key</source>
        <translation>%1-API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="176"/>
        <source>Get a key</source>
        <translation>Schlüssel erhalten</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="177"/>
        <source>Create a %1 API key: %2</source>
        <translation>%1-API-Schlüssel erstellen: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="184"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="210"/>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="267"/>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="254"/>
        <source>Paste your %1 API key</source>
        <translation>Fügen Sie Ihren %1-API-Schlüssel ein</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="274"/>
        <source>Stored in the system keychain</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="277"/>
        <source>Kept for this session only: no keychain service is available</source>
        <translation>Nur für diese Sitzung aufbewahrt: Kein Schlüsselbunddienst verfügbar</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="281"/>
        <source>From the environment variable %1 (read-only)</source>
        <translation>Aus der Umgebungsvariablen %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="283"/>
        <source>Unset %1 to store a key here instead.</source>
        <translation>Entfernen Sie %1, um stattdessen hier einen Schlüssel zu speichern.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="301"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="383"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="451"/>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="464"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="471"/>
        <source>no keychain service is available</source>
        <translation>kein Schlüsselbunddienst verfügbar</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="512"/>
        <source>No keychain service is available, so the %1 key will be forgotten when the app quits. Enter it again next time, or set it in the environment (%2).</source>
        <translation>Es ist kein Schlüsselbunddienst verfügbar, daher wird der %1-Schlüssel beim Beenden der App verworfen. Geben Sie ihn beim nächsten Mal erneut ein oder setzen Sie ihn in der Umgebung (%2).</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="516"/>
        <source>No keychain service is available, so the %1 keys will be forgotten when the app quits. Enter them again next time, or set them in the environment (%2).</source>
        <translation>Es ist kein Schlüsselbunddienst verfügbar, daher werden die Schlüssel für %1 beim Beenden der App verworfen. Geben Sie sie beim nächsten Mal erneut ein oder setzen Sie sie in der Umgebung (%2).</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="521"/>
        <source>Some keys could not be saved; see the messages above.</source>
        <translation>Einige Schlüssel konnten nicht gespeichert werden; siehe die Meldungen oben.</translation>
    </message>
</context>
<context>
    <name>SettingsJson</name>
    <message>
        <location filename="../src/core/structure/settingsjson.cpp" line="24"/>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/settingsjson.cpp" line="36"/>
        <source>%1 must be true or false.</source>
        <translation>%1 muss „true“ oder „false“ sein.</translation>
    </message>
</context>
<context>
    <name>SketchCanvas</name>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="66"/>
        <source>Drop a sketch here</source>
        <translation>Skizze hierher ziehen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="74"/>
        <source>paste (Ctrl+V) or Open… (Ctrl+O)</source>
        <translation>einfügen (Strg+V) oder Öffnen… (Strg+O)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="82"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="84"/>
        <source>Choose a sketch file (Ctrl+O)</source>
        <translation>Skizzendatei wählen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="85"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="88"/>
        <source>Use the image or link on the clipboard (Ctrl+V)</source>
        <translation>Bild oder Link aus der Zwischenablage verwenden (Strg+V)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="101"/>
        <source>Try the sample sketch</source>
        <translation>Beispielskizze ausprobieren</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="106"/>
        <source>Load a sketch that ships with the app</source>
        <translation>Eine mit der App mitgelieferte Skizze laden</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="119"/>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="319"/>
        <source>Downscale and Use</source>
        <translation>Verkleinern und verwenden</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="121"/>
        <source>Use a copy of this image at most %1 pixels on its longer side</source>
        <translation>Eine Kopie dieses Bildes mit höchstens %1 Pixeln an der längeren Seite verwenden</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="165"/>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="169"/>
        <source>Open another sketch (Ctrl+O)</source>
        <translation>Andere Skizze öffnen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="174"/>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="178"/>
        <source>Remove the sketch</source>
        <translation>Skizze entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="216"/>
        <source>%1 — linked image, sent as a link</source>
        <translation>%1 – verlinktes Bild, wird als Link gesendet</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="333"/>
        <source>Downscaling…</source>
        <translation>Wird verkleinert…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="304"/>
        <source>%1 — %2 × %3 px · %4</source>
        <translation>%1 – %2 × %3 px · %4</translation>
    </message>
</context>
<context>
    <name>SketchController</name>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="71"/>
        <source>The sketch could not be processed.</source>
        <translation>Die Skizze konnte nicht verarbeitet werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="94"/>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="97"/>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="122"/>
        <source>Move Corners</source>
        <translation>Ecken verschieben</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="165"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="166"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="274"/>
        <source>The sketch&apos;s original, clean-up and corrections are back.</source>
        <translation>Original, Bereinigung und Korrekturen der Skizze sind zurück.</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="344"/>
        <source>Looking for the page…</source>
        <translation>Seite wird gesucht…</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="413"/>
        <source>Page found and straightened; drag its corners to adjust.</source>
        <translation>Seite gefunden und begradigt; ziehen Sie ihre Ecken, um sie anzupassen.</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="415"/>
        <source>No page found in the sketch; drag the corners yourself.</source>
        <translation>Keine Seite in der Skizze gefunden; ziehen Sie die Ecken selbst.</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="491"/>
        <source>Open a sketch to clean it up and see its structure.</source>
        <translation>Öffnen Sie eine Skizze, um sie zu bereinigen und ihre Struktur zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="493"/>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="496"/>
        <source>Sent as it is: %1 × %2 px.</source>
        <translation>Unverändert gesendet: %1 × %2 px.</translation>
    </message>
    <message>
        <location filename="../src/gui/sketchcontroller.cpp" line="497"/>
        <source>Sent cleaned up: %1 × %2 px (your file stays as it is).</source>
        <translation>Bereinigt gesendet: %1 × %2 px (Ihre Datei bleibt unverändert).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/sketchcontroller.cpp" line="499"/>
        <source>%n correction(s).</source>
        <translation>
            <numerusform>%n Korrektur.</numerusform>
            <numerusform>%n Korrekturen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SketchEditor</name>
    <message>
        <location filename="../src/gui/widgets/sketcheditor.cpp" line="29"/>
        <source>Sketch</source>
        <translation>Skizze</translation>
    </message>
</context>
<context>
    <name>SketchPreparation</name>
    <message>
        <location filename="../src/core/structure/sketchpreparation.cpp" line="70"/>
        <source>There is no image to store.</source>
        <translation>Es gibt kein Bild zum Speichern.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/sketchpreparation.cpp" line="80"/>
        <source>The image could not be encoded as PNG: %1</source>
        <translation>Das Bild konnte nicht als PNG kodiert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/structure/sketchpreparation.cpp" line="83"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/sketchpreparation.cpp" line="91"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SketchToolStrip</name>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="27"/>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="28"/>
        <source>The tools that do not fit beside the others</source>
        <translation>Die Werkzeuge, die neben den anderen keinen Platz haben</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="32"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="33"/>
        <source>Your file as it is</source>
        <translation>Ihre Datei, wie sie ist</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="34"/>
        <source>Sketch</source>
        <translation>Skizze</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="35"/>
        <source>The sketch as it is sent: cleaned up and corrected</source>
        <translation>Die Skizze, wie sie gesendet wird: bereinigt und korrigiert</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="36"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="37"/>
        <source>The structure map made from the sketch</source>
        <translation>Die aus der Skizze erstellte Strukturkarte</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="53"/>
        <source>Corners</source>
        <translation>Ecken</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="54"/>
        <source>Drag the page&apos;s corners to straighten a photo</source>
        <translation>Die Ecken der Seite ziehen, um ein Foto zu begradigen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="55"/>
        <source>Pen</source>
        <translation>Stift</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="56"/>
        <source>Draw lines over the sketch (a tablet pen&apos;s pressure sets the width)</source>
        <translation>Linien über die Skizze zeichnen (der Druck eines Tablettstifts bestimmt die Breite)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="57"/>
        <source>Eraser</source>
        <translation>Radierer</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="58"/>
        <source>Erase lines of the sketch</source>
        <translation>Linien der Skizze radieren</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="73"/>
        <source>Size of the pen or eraser, in thousandths of the sketch&apos;s long side</source>
        <translation>Größe von Stift oder Radierer, in Tausendsteln der langen Seite der Skizze</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchtoolstrip.cpp" line="74"/>
        <source>Tool size</source>
        <translation>Werkzeuggröße</translation>
    </message>
</context>
<context>
    <name>StatusBarWidgets</name>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="41"/>
        <source>What the runs since the app started cost</source>
        <translation>Was die Durchläufe seit dem Start der App gekostet haben</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="44"/>
        <source>What today&apos;s runs cost, including earlier sessions</source>
        <translation>Was die heutigen Durchläufe gekostet haben, einschließlich früherer Sitzungen</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="80"/>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="81"/>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="105"/>
        <source>%1: key present, the last call worked. Click for settings.</source>
        <translation>%1: Schlüssel vorhanden, der letzte Aufruf war erfolgreich. Klicken für Einstellungen.</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="109"/>
        <source>%1: the last call failed. Click for settings.</source>
        <translation>%1: Der letzte Aufruf ist fehlgeschlagen. Klicken für Einstellungen.</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="112"/>
        <source>%1: no API key. Click to add one.</source>
        <translation>%1: kein API-Schlüssel. Klicken, um einen hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>StringListEditor</name>
    <message>
        <location filename="../src/gui/forms/stringlisteditor.cpp" line="15"/>
        <source>Comma-separated, e.g. %1</source>
        <translation>Kommagetrennt, z. B. %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/stringlisteditor.cpp" line="93"/>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>StructurePanel</name>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="93"/>
        <source>Clean up the sketch</source>
        <translation>Skizze bereinigen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="96"/>
        <source>Straighten a photo of a paper sketch, remove its shading and adjust its lines. Your file stays untouched; the cleaned copy is what is sent.</source>
        <translation>Ein Foto einer Papierskizze begradigen, ihre Schatten entfernen und ihre Linien anpassen. Ihre Datei bleibt unverändert; gesendet wird die bereinigte Kopie.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="99"/>
        <source>Find Page</source>
        <translation>Seite finden</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="101"/>
        <source>Find the sheet of paper in the photo and straighten it; adjust its corners with Corners above the sketch</source>
        <translation>Das Blatt Papier im Foto finden und begradigen; seine Ecken passen Sie mit „Ecken“ über der Skizze an</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="105"/>
        <source>Whole image: no perspective correction</source>
        <translation>Ganzes Bild: keine Perspektivkorrektur</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="106"/>
        <source>Whole image</source>
        <translation>Ganzes Bild</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="118"/>
        <source>Keep as it is</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="119"/>
        <source>Even out shading</source>
        <translation>Schatten ausgleichen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="120"/>
        <source>Black and white</source>
        <translation>Schwarz-Weiß</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="121"/>
        <source>Even out: divides by the paper&apos;s brightness, so shadows and gradients go and pencil stays grey. Black and white: an adaptive threshold.</source>
        <translation>Ausgleichen: teilt durch die Helligkeit des Papiers, sodass Schatten und Verläufe verschwinden und Bleistift grau bleibt. Schwarz-Weiß: ein adaptiver Schwellwert.</translation>
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
        <translation>Wie groß die Fläche ist, über die die Helligkeit des Papiers gemessen wird, in % des Bildes. Größer als Ihre dickste Linie.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="130"/>
        <source>How much darker than the paper around it a pixel must be to count as a line. Raise it to drop faint smudges.</source>
        <translation>Wie viel dunkler als das Papier um ihn herum ein Pixel sein muss, um als Linie zu zählen. Erhöhen Sie den Wert, um schwache Flecken zu entfernen.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="134"/>
        <source>Thinner (below 0) or bolder (above 0) lines</source>
        <translation>Dünnere (unter 0) oder kräftigere (über 0) Linien</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="136"/>
        <source>Invert</source>
        <translation>Umkehren</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="138"/>
        <source>Light lines on a dark ground</source>
        <translation>Helle Linien auf dunklem Grund</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="139"/>
        <source>Trim to</source>
        <translation>Kürzen auf</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="141"/>
        <source>Crop to the drawing plus a margin</source>
        <translation>Auf die Zeichnung plus einen Rand zuschneiden</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="146"/>
        <source>Margin left around the drawing, in % of the image</source>
        <translation>Rand um die Zeichnung, in % des Bildes</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="158"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="159"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="160"/>
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="161"/>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="162"/>
        <source>Lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="163"/>
        <source>Margins</source>
        <translation>Ränder</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="180"/>
        <source>Structure map</source>
        <translation>Strukturkarte</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="182"/>
        <source>The structure a model follows, made here from your sketch so you can see it</source>
        <translation>Die Struktur, der ein Modell folgt, hier aus Ihrer Skizze erstellt, damit Sie sie sehen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="188"/>
        <source>Canny edges</source>
        <translation>Canny-Kanten</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="189"/>
        <source>Line art</source>
        <translation>Strichzeichnung</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="190"/>
        <source>Canny: the outlines of every line. Line art: the lines themselves, as drawn.</source>
        <translation>Canny: die Umrisse jeder Linie. Strichzeichnung: die Linien selbst, wie gezeichnet.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="192"/>
        <source>Edges weaker than this are dropped; between the two thresholds they count only where they continue a strong edge</source>
        <translation>Schwächere Kanten entfallen; zwischen den beiden Schwellen zählen sie nur, wo sie eine starke Kante fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="195"/>
        <source>Edges stronger than this always count. Raise it to drop paper texture.</source>
        <translation>Stärkere Kanten zählen immer. Erhöhen Sie den Wert, um Papierstruktur zu entfernen.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="197"/>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="288"/>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="292"/>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="298"/>
        <source>Send this map</source>
        <translation>Diese Karte senden</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="204"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="205"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="206"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="289"/>
        <source>Choose a model to see what it does with the map.</source>
        <translation>Wählen Sie ein Modell, um zu sehen, was es mit der Karte macht.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="293"/>
        <source>Send this map to %1 instead of letting it detect edges</source>
        <translation>Diese Karte an %1 senden, statt es Kanten selbst erkennen zu lassen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="294"/>
        <source>%1 then skips its own edge detection and follows exactly the map shown under Structure.</source>
        <translation>%1 überspringt dann seine eigene Kantenerkennung und folgt genau der unter „Struktur“ gezeigten Karte.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/structurepanel.cpp" line="299"/>
        <source>%1 derives its own structure from the sketch you send; this map shows what to expect and is laid over results.</source>
        <translation>%1 leitet seine Struktur selbst aus der gesendeten Skizze ab; diese Karte zeigt, was zu erwarten ist, und wird über die Ergebnisse gelegt.</translation>
    </message>
</context>
<context>
    <name>StructureScore</name>
    <message>
        <location filename="../src/core/structure/structurescore.cpp" line="128"/>
        <source>Structure score: how well the result kept the sketch&apos;s lines, from 0 (none kept) to 1 (every line kept, nothing added). It is the F-score of the two images&apos; edges, counting an edge as kept when the other image has one within 1 % of the image diagonal.</source>
        <translation>Strukturwert: wie gut das Ergebnis die Linien der Skizze bewahrt hat, von 0 (keine bewahrt) bis 1 (jede Linie bewahrt, nichts hinzugefügt). Es ist der F-Wert der Kanten beider Bilder; eine Kante gilt als bewahrt, wenn das andere Bild innerhalb von 1 % der Bilddiagonale eine hat.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/structurescore.cpp" line="135"/>
        <source>Kept lines (recall): %1 %. Result edges on sketch lines (precision): %2 %. Sketch %3 onto the result.</source>
        <translation>Bewahrte Linien (Recall): %1 %. Ergebniskanten auf Skizzenlinien (Präzision): %2 %. Skizze auf das Ergebnis %3.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/structurescore.cpp" line="139"/>
        <source>cropped</source>
        <translation>zugeschnitten</translation>
    </message>
    <message>
        <location filename="../src/core/structure/structurescore.cpp" line="139"/>
        <source>stretched</source>
        <translation>gestreckt</translation>
    </message>
</context>
<context>
    <name>StructureSettings</name>
    <message>
        <location filename="../src/core/structure/structuresettings.cpp" line="41"/>
        <source>the Canny thresholds are LOW,HIGH with 0 &lt;= LOW &lt; HIGH &lt;= 255, got &apos;%1&apos;.</source>
        <translation>Die Canny-Schwellen sind LOW,HIGH mit 0 &lt;= LOW &lt; HIGH &lt;= 255, erhalten: „%1“.</translation>
    </message>
    <message>
        <location filename="../src/core/structure/structuresettings.cpp" line="71"/>
        <source>map must be canny or lineart.</source>
        <translation>map muss canny oder lineart sein.</translation>
    </message>
</context>
<context>
    <name>StudioSession</name>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="227"/>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="227"/>
        <source>looking for the key…</source>
        <translation>Schlüssel wird gesucht…</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="229"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="231"/>
        <source>the last call failed</source>
        <translation>der letzte Aufruf ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="266"/>
        <source>Choose a model first.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="272"/>
        <location filename="../src/core/session/studiosession.cpp" line="278"/>
        <location filename="../src/core/session/studiosession.cpp" line="388"/>
        <source>Nothing was sent. %1</source>
        <translation>Es wurde nichts gesendet. %1</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="339"/>
        <source>The model %1 is not in the catalog.</source>
        <translation>Das Modell %1 ist nicht im Katalog.</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="114"/>
        <source>The result could not be added to the history: %1</source>
        <translation>Das Ergebnis konnte nicht zum Verlauf hinzugefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="113"/>
        <source>Cannot save the screenshot to %1.</source>
        <translation>Der Screenshot kann nicht unter %1 gespeichert werden.</translation>
    </message>
</context>
</TS>
