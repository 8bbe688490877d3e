<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiRequest</name>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="98"/>
        <source>Internal error: no network access for the %1.</source>
        <translation>Interner Fehler: kein Netzwerkzugriff für die %1.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="124"/>
        <location filename="../src/core/net/apirequest.cpp" line="272"/>
        <source>The %1 was cancelled.</source>
        <translation>Die %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="149"/>
        <source>The network access for the %1 was shut down.</source>
        <translation>Der Netzwerkzugriff für die %1 wurde beendet.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="278"/>
        <source>The answer of %1 to the %2 was larger than %3 MiB and was stopped.</source>
        <translation>%1: Die Antwort auf die %2 war größer als %3 MiB und wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="301"/>
        <source>%1 did not answer the %2 within %3 s.</source>
        <translation>%1 hat auf die %2 nicht innerhalb von %3 s geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="307"/>
        <source>Could not reach %1 for the %2</source>
        <translation>%1 war für die %2 nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="316"/>
        <source>%1 sent an unreadable answer to the %2 (invalid JSON: %3).</source>
        <translation>%1 hat auf die %2 eine unlesbare Antwort gesendet (ungültiges JSON: %3).</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="326"/>
        <source>%1 answered the %2 with the unexpected HTTP status %3.</source>
        <translation>%1 hat die %2 mit dem unerwarteten HTTP-Status %3 beantwortet.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="357"/>
        <source>%1 redirected the %2 without saying where to (HTTP %3).</source>
        <translation>%1 hat die %2 ohne Zieladresse umgeleitet (HTTP %3).</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="365"/>
        <source>%1 redirected the %2 more than %3 times; stopped.</source>
        <translation>%1 hat die %2 mehr als %3-mal umgeleitet; abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="378"/>
        <source>%1 redirected the %2 to %3, which is not allowed. %4</source>
        <translation>%1 hat die %2 nach %3 umgeleitet, was nicht erlaubt ist. %4</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="406"/>
        <source>%1 rejected the API key (%2). Check the key in Settings.</source>
        <translation>%1 hat den API-Schlüssel abgelehnt (%2). Prüfen Sie den Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="411"/>
        <source>%1 refused the %2 for lack of credits (%3)</source>
        <translation>%1 hat die %2 mangels Guthaben abgelehnt (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="417"/>
        <source>%1 is limiting the request rate (429); try again in a moment</source>
        <translation>%1 begrenzt die Anfragerate (429); versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="423"/>
        <source>%1 had a server problem with the %2 (%3)</source>
        <translation>%1 hatte ein Serverproblem bei der %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="429"/>
        <source>%1 rejected the %2 (%3)</source>
        <translation>%1 hat die %2 abgelehnt (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="481"/>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <location filename="../src/core/net/apirequest.cpp" line="486"/>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
</context>
<context>
    <name>BeforeAfterView</name>
    <message>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="77"/>
        <source>Before and after comparison</source>
        <translation>Vorher-Nachher-Vergleich</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="80"/>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="740"/>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="745"/>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="751"/>
        <source>Sketch</source>
        <translation>Skizze</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="81"/>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="743"/>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="745"/>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="752"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="89"/>
        <source>Opacity of the result over the sketch</source>
        <translation>Deckkraft des Ergebnisses über der Skizze</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="687"/>
        <source>Nothing to compare yet</source>
        <translation>Noch nichts zu vergleichen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="741"/>
        <source>Generate to compare with the result</source>
        <translation>Generieren Sie ein Bild, um es mit dem Ergebnis zu vergleichen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/beforeafterview.cpp" line="748"/>
        <source>Result %1 %</source>
        <translation>Ergebnis %1 %</translation>
    </message>
</context>
<context>
    <name>ColorPaletteEditor</name>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="44"/>
        <source>Add colour</source>
        <translation>Farbe hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="52"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="67"/>
        <source>Custom colours</source>
        <translation>Eigene Farben</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="71"/>
        <source>Add a colour to the palette</source>
        <translation>Der Palette eine Farbe hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="120"/>
        <source>Choose the colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="128"/>
        <source>How strongly this colour is used</source>
        <translation>Wie stark diese Farbe verwendet wird</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="129"/>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="134"/>
        <source>Remove this colour</source>
        <translation>Diese Farbe entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/colorpaletteeditor.cpp" line="186"/>
        <source>Palette Colour</source>
        <translation>Palettenfarbe</translation>
    </message>
</context>
<context>
    <name>CompareCell</name>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="348"/>
        <source>Double-click to open in the before/after view</source>
        <translation>Doppelklicken, um es in der Vorher-Nachher-Ansicht zu öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="391"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="393"/>
        <source>Winner</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="394"/>
        <location filename="../src/gui/widgets/comparecell.cpp" line="527"/>
        <source>Mark as the winner</source>
        <translation>Als Favorit markieren</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="396"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="397"/>
        <source>Open in the before/after view</source>
        <translation>In der Vorher-Nachher-Ansicht öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="399"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="400"/>
        <source>Save the result as…</source>
        <translation>Ergebnis speichern unter…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="410"/>
        <source>Generation time</source>
        <translation>Generierungszeit</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="411"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="412"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="457"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="501"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="527"/>
        <source>The winner (click to unmark)</source>
        <translation>Der Favorit (zum Aufheben klicken)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="566"/>
        <source>— s</source>
        <translation>— s</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="569"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="571"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="580"/>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="585"/>
        <source>Seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/comparecell.cpp" line="585"/>
        <source>Seed —</source>
        <translation>Seed —</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message numerus="yes">
        <location filename="../src/gui/comparecontroller.cpp" line="87"/>
        <source>Comparing %n model(s)…</source>
        <translation>
            <numerusform>%n Modell wird verglichen…</numerusform>
            <numerusform>%n Modelle werden verglichen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="153"/>
        <source>%1 marked as the winner (a favourite in the history).</source>
        <translation>%1 als Favorit markiert (auch im Verlauf als Favorit).</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="162"/>
        <source>Run a comparison first.</source>
        <translation>Führen Sie zuerst einen Vergleich durch.</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="165"/>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="166"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="177"/>
        <source>Comparison saved as %1.</source>
        <translation>Vergleich als %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/comparecontroller.cpp" line="178"/>
        <source>Could not save %1.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>CompareGrid</name>
    <message>
        <location filename="../src/gui/widgets/comparegrid.cpp" line="77"/>
        <source>No results to compare yet.
Tick models and press Run comparison.</source>
        <translation>Noch keine Ergebnisse zum Vergleichen.
Kreuzen Sie Modelle an und klicken Sie auf „Vergleich starten“.</translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="42"/>
        <source>1:1 square</source>
        <translation>1:1 quadratisch</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="43"/>
        <source>4:3 landscape</source>
        <translation>4:3 Querformat</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="44"/>
        <source>3:4 portrait</source>
        <translation>3:4 Hochformat</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="45"/>
        <source>3:2 landscape</source>
        <translation>3:2 Querformat</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="46"/>
        <source>2:3 portrait</source>
        <translation>2:3 Hochformat</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="47"/>
        <source>16:9 landscape</source>
        <translation>16:9 Querformat</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="48"/>
        <source>9:16 portrait</source>
        <translation>9:16 Hochformat</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="62"/>
        <source>Shared intent</source>
        <translation>Gemeinsame Angaben</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="71"/>
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
        <location filename="../src/gui/panels/comparesetup.cpp" line="97"/>
        <source>Keep this seed for the next comparison (unlocked: a new seed each run)</source>
        <translation>Diesen Seed für den nächsten Vergleich beibehalten (entsperrt: neuer Seed bei jedem Durchlauf)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="98"/>
        <source>Lock seed</source>
        <translation>Seed sperren</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="104"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="119"/>
        <source>How closely each model follows the sketch (0–1, scaled onto each model&apos;s own range)</source>
        <translation>Wie genau jedes Modell der Skizze folgt (0–1, auf den eigenen Wertebereich jedes Modells umgerechnet)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="125"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="141"/>
        <source>Mapped onto each model&apos;s closest aspect ratio</source>
        <translation>Wird auf das nächstliegende Seitenverhältnis jedes Modells abgebildet</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="142"/>
        <source>Aspect</source>
        <translation>Seitenverhältnis</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="147"/>
        <source>Images per model, where the model can make several</source>
        <translation>Bilder pro Modell, sofern das Modell mehrere erzeugen kann</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="148"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="150"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="242"/>
        <source>Exact settings for %1 in this comparison</source>
        <translation>Genaue Einstellungen für %1 in diesem Vergleich</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="243"/>
        <source>Settings for %1</source>
        <translation>Einstellungen für %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/comparesetup.cpp" line="440"/>
        <source>%n setting(s) changed</source>
        <translation>
            <numerusform>%n Einstellung geändert</numerusform>
            <numerusform>%n Einstellungen geändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="485"/>
        <source>Open or drop a sketch first: every model starts from it.</source>
        <translation>Öffnen oder ziehen Sie zuerst eine Skizze hierher: Jedes Modell geht von ihr aus.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="487"/>
        <source>Tick at least two models to compare.</source>
        <translation>Wählen Sie mindestens zwei Modelle zum Vergleichen aus.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="489"/>
        <source>Describe what the sketch should become.</source>
        <translation>Beschreiben Sie, was aus der Skizze werden soll.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/comparesetup.cpp" line="499"/>
        <source>%1 + %n unpriced</source>
        <translation>
            <numerusform>%1 + %n ohne Preis</numerusform>
            <numerusform>%1 + %n ohne Preis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="500"/>
        <source>price unknown</source>
        <translation>Preis unbekannt</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="501"/>
        <source>Run comparison · %1</source>
        <translation>Vergleich starten · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/comparesetup.cpp" line="505"/>
        <source>%n model(s), same sketch, prompt and seed.</source>
        <translation>
            <numerusform>%n Modell, gleiche Skizze, gleicher Prompt und Seed.</numerusform>
            <numerusform>%n Modelle, gleiche Skizze, gleicher Prompt und Seed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="506"/>
        <source>Send the sketch and intent to every ticked model at once</source>
        <translation>Skizze und Angaben gleichzeitig an alle ausgewählten Modelle senden</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="530"/>
        <source>%1 in this comparison</source>
        <translation>%1 in diesem Vergleich</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="539"/>
        <source>Changes here apply to %1 only and win over the shared intent.</source>
        <translation>Änderungen hier gelten nur für %1 und haben Vorrang vor den gemeinsamen Angaben.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/comparesetup.cpp" line="545"/>
        <source>Use Shared Values</source>
        <translation>Gemeinsame Werte verwenden</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <location filename="../src/core/net/endpoint.cpp" line="28"/>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>„%1“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <location filename="../src/core/net/endpoint.cpp" line="30"/>
        <source>Addresses with a user name or password are not allowed (%1).</source>
        <translation>Adressen mit Benutzername oder Passwort sind nicht erlaubt (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/net/endpoint.cpp" line="38"/>
        <source>Plain http is only allowed for this computer (localhost); use https for %1.</source>
        <translation>Unverschlüsseltes http ist nur für diesen Computer (localhost) erlaubt; verwenden Sie https für %1.</translation>
    </message>
    <message>
        <location filename="../src/core/net/endpoint.cpp" line="41"/>
        <source>Only https addresses are allowed, not &quot;%1&quot;.</source>
        <translation>Nur https-Adressen sind erlaubt, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>EnumEditor</name>
    <message>
        <location filename="../src/gui/forms/enumeditor.cpp" line="21"/>
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
        <location filename="../src/core/providers/falqueueprovider.cpp" line="217"/>
        <source>Internal error: no network access for fal.</source>
        <translation>Interner Fehler: kein Netzwerkzugriff für fal.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="221"/>
        <source>No fal API key is set. Add it in Settings or set FAL_KEY.</source>
        <translation>Es ist kein fal-API-Schlüssel festgelegt. Fügen Sie ihn in den Einstellungen hinzu oder setzen Sie FAL_KEY.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="226"/>
        <source>The fal address is not allowed: %1</source>
        <translation>Die fal-Adresse ist nicht erlaubt: %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="231"/>
        <source>&quot;%1&quot; is not a valid fal endpoint id.</source>
        <translation>„%1“ ist keine gültige fal-Endpunkt-ID.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="265"/>
        <source>fal storage</source>
        <translation>fal-Speicher</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="330"/>
        <source>There is no fal request to resume.</source>
        <translation>Es gibt keine fal-Anfrage zum Fortsetzen.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="366"/>
        <source>fal returned an unusable %1 (%2); the job was not followed.</source>
        <translation>fal hat eine unbrauchbare %1 geliefert (%2); der Auftrag wurde nicht weiterverfolgt.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="367"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="371"/>
        <source>fal returned a %1 on another host (%2); the API key is only sent to %3, so the job was not followed.</source>
        <translation>fal hat eine %1 auf einem anderen Host geliefert (%2); der API-Schlüssel wird nur an %3 gesendet, daher wurde der Auftrag nicht weiterverfolgt.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="446"/>
        <source>Cannot read the image for &quot;%1&quot;: %2</source>
        <translation>Das Bild für „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="453"/>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="480"/>
        <source>upload</source>
        <translation>Anfrage zum Hochladen</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="476"/>
        <source>fal storage did not return a usable upload address: %1</source>
        <translation>Der fal-Speicher hat keine brauchbare Adresse zum Hochladen geliefert: %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="539"/>
        <source>submit</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="567"/>
        <source>fal may still have accepted the job; check your fal dashboard before trying again.</source>
        <translation>fal hat den Auftrag möglicherweise dennoch angenommen; prüfen Sie Ihr fal-Dashboard, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="577"/>
        <source>fal accepted the job but did not say its request id.</source>
        <translation>fal hat den Auftrag angenommen, aber keine Anfrage-ID genannt.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="630"/>
        <source>status stream</source>
        <translation>Statusübertragung</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="725"/>
        <source>status request</source>
        <translation>Statusabfrage</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="738"/>
        <source>fal sent an unreadable status.</source>
        <translation>fal hat einen unlesbaren Status gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="768"/>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="780"/>
        <source>fal could not run the model: %1</source>
        <translation>fal konnte das Modell nicht ausführen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="769"/>
        <source>fal could not run the model: %1 (%2)</source>
        <translation>fal konnte das Modell nicht ausführen: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="821"/>
        <source>result request</source>
        <translation>Ergebnisabfrage</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="848"/>
        <source>fal finished the job but returned no image.</source>
        <translation>fal hat den Auftrag abgeschlossen, aber kein Bild geliefert.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="870"/>
        <source>fal returned an inline image that cannot be read.</source>
        <translation>fal hat ein eingebettetes Bild geliefert, das nicht gelesen werden kann.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="877"/>
        <source>image download</source>
        <translation>Anfrage zum Herunterladen des Bildes</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="878"/>
        <source>the fal CDN</source>
        <translation>das fal-CDN</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="896"/>
        <source>fal returned a file that is not an image (%1 bytes).</source>
        <translation>fal hat eine Datei geliefert, die kein Bild ist (%1 Byte).</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="923"/>
        <source>fal returned an image that cannot be used: %1</source>
        <translation>fal hat ein unbrauchbares Bild geliefert: %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="945"/>
        <source>fal did not finish the job within %1 s; it was cancelled.</source>
        <translation>fal hat den Auftrag nicht innerhalb von %1 s abgeschlossen; er wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="965"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="987"/>
        <source>cancel request</source>
        <translation>Abbruchanfrage</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="1068"/>
        <source>fal refused the job: the account balance is exhausted. Add credits at fal.ai and try again.</source>
        <translation>fal hat den Auftrag abgelehnt: Das Guthaben des Kontos ist aufgebraucht. Laden Sie bei fal.ai Guthaben auf und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/falqueueprovider.cpp" line="1073"/>
        <source>fal rejected the API key (%1). Check the fal key in Settings.</source>
        <translation>fal hat den API-Schlüssel abgelehnt (%1). Prüfen Sie den fal-Schlüssel in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>FreepikRun</name>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="159"/>
        <location filename="../src/core/providers/freepikprovider.cpp" line="179"/>
        <source>No Freepik API key is set. Add one in Settings.</source>
        <translation>Es ist kein Freepik-API-Schlüssel festgelegt. Fügen Sie einen in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="180"/>
        <source>This Freepik job cannot be resumed: its task id was not saved. It was not resubmitted.</source>
        <translation>Dieser Freepik-Auftrag kann nicht fortgesetzt werden: Seine Task-ID wurde nicht gespeichert. Er wurde nicht erneut übermittelt.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="188"/>
        <source>Following Freepik task %1</source>
        <translation>Freepik-Task %1 wird verfolgt</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="199"/>
        <source>Cancelled. Freepik has no way to cancel a task: it may still complete it (and bill it).</source>
        <translation>Abgebrochen. Freepik kann Tasks nicht abbrechen: Der Task wird eventuell trotzdem abgeschlossen (und berechnet).</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="201"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="216"/>
        <source>Freepik did not finish the job within %1 min; stopped waiting. It was not resubmitted%2.</source>
        <translation>Freepik hat den Auftrag nicht innerhalb von %1 min abgeschlossen; das Warten wurde beendet. Er wurde nicht erneut übermittelt%2.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="219"/>
        <source> and may still complete (and be billed)</source>
        <translation> und wird eventuell noch abgeschlossen (und berechnet)</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="251"/>
        <source>Freepik needs an image: drop a local file.</source>
        <translation>Freepik benötigt ein Bild: Ziehen Sie eine lokale Datei hierher.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="258"/>
        <source>Freepik needs the image itself: drop a local file instead of a link.</source>
        <translation>Freepik benötigt das Bild selbst: Ziehen Sie statt eines Links eine lokale Datei hierher.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="264"/>
        <source>The image data is not a PNG, JPEG, WebP or GIF image.</source>
        <translation>Die Bilddaten sind kein PNG-, JPEG-, WebP- oder GIF-Bild.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="279"/>
        <source>The image file &quot;%1&quot; does not exist.</source>
        <translation>Die Bilddatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="283"/>
        <source>Preparing %1</source>
        <translation>%1 wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="319"/>
        <source>Sending the sketch (%1 x %2, %3 KiB)</source>
        <translation>Skizze wird gesendet (%1 x %2, %3 KiB)</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="352"/>
        <source>generation request</source>
        <translation>Generierungsanfrage</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="364"/>
        <source>Freepik refused the connection; retrying in %1 ms</source>
        <translation>Freepik hat die Verbindung abgelehnt; neuer Versuch in %1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="371"/>
        <source>Freepik may still have created (and billed) the task; it was not resubmitted.</source>
        <translation>Freepik hat den Task möglicherweise dennoch erstellt (und berechnet); er wurde nicht erneut übermittelt.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="389"/>
        <source>status request</source>
        <translation>Statusabfrage</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="423"/>
        <source>Freepik accepted the job but sent no usable task id.</source>
        <translation>Freepik hat den Auftrag angenommen, aber keine brauchbare Task-ID gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="452"/>
        <location filename="../src/core/providers/freepikprovider.cpp" line="536"/>
        <source>Freepik returned something that is not an image.</source>
        <translation>Freepik hat etwas geliefert, das kein Bild ist.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="461"/>
        <source>Freepik reported the task as completed but sent no image.</source>
        <translation>Freepik hat den Task als abgeschlossen gemeldet, aber kein Bild gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="478"/>
        <source>Freepik could not generate the image (the task failed).</source>
        <translation>Freepik konnte das Bild nicht generieren (der Task ist fehlgeschlagen).</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="479"/>
        <source>Freepik could not generate the image (the task failed): %1</source>
        <translation>Freepik konnte das Bild nicht generieren (der Task ist fehlgeschlagen): %1</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="484"/>
        <source>Freepik sent a task without a status.</source>
        <translation>Freepik hat einen Task ohne Status gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="490"/>
        <source>Freepik task %1 is %2</source>
        <translation>Freepik-Task %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="515"/>
        <source>image download</source>
        <translation>Anfrage zum Herunterladen des Bildes</translation>
    </message>
    <message>
        <location filename="../src/core/providers/freepikprovider.cpp" line="566"/>
        <source>Freepik returned an image that cannot be read: %1</source>
        <translation>Freepik hat ein Bild geliefert, das nicht gelesen werden kann: %1</translation>
    </message>
</context>
<context>
    <name>GenerateController</name>
    <message>
        <location filename="../src/gui/generatecontroller.cpp" line="48"/>
        <source>Confirm Cost</source>
        <translation>Kosten bestätigen</translation>
    </message>
    <message>
        <location filename="../src/gui/generatecontroller.cpp" line="49"/>
        <source>This run costs about %1, more than your limit of %2. Run it?</source>
        <translation>Dieser Durchlauf kostet etwa %1 und damit mehr als Ihre Grenze von %2. Trotzdem ausführen?</translation>
    </message>
    <message>
        <location filename="../src/gui/generatecontroller.cpp" line="54"/>
        <source>Run for %1</source>
        <translation>Für %1 ausführen</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="211"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="212"/>
        <source>Seed: %1</source>
        <translation>Seed: %1</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="212"/>
        <source>Seed: unknown</source>
        <translation>Seed: unbekannt</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="213"/>
        <source>Cost: $%1</source>
        <translation>Kosten: %1 $</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="214"/>
        <source>Cost: unknown</source>
        <translation>Kosten: unbekannt</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="217"/>
        <source>Rating: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="220"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="220"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/history/historymodel.cpp" line="222"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="96"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="98"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="139"/>
        <source>No Rating</source>
        <translation>Keine Bewertung</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="150"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="175"/>
        <source>Search prompts…</source>
        <translation>Prompts durchsuchen…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="177"/>
        <source>Every word must appear in the prompt or the negative prompt</source>
        <translation>Jedes Wort muss im Prompt oder im Negativ-Prompt vorkommen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="192"/>
        <source>Show runs of one model</source>
        <translation>Durchläufe eines Modells anzeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="193"/>
        <source>Show runs of one provider</source>
        <translation>Durchläufe eines Anbieters anzeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="194"/>
        <source>Show recent runs only</source>
        <translation>Nur neuere Durchläufe anzeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="195"/>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="196"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="197"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="198"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="204"/>
        <location filename="../src/gui/panels/historypanel.cpp" line="205"/>
        <source>Favourites only</source>
        <translation>Nur Favoriten</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="223"/>
        <source>Run history</source>
        <translation>Verlauf der Durchläufe</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="292"/>
        <source>Reuse Parameters</source>
        <translation>Parameter übernehmen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="293"/>
        <source>Load this run&apos;s model and every parameter into the form</source>
        <translation>Modell und alle Parameter dieses Durchlaufs in das Formular laden</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="294"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="295"/>
        <source>Use as Sketch</source>
        <translation>Als Skizze verwenden</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="296"/>
        <source>Copy Image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="298"/>
        <source>Copy Parameters</source>
        <translation>Parameter kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="299"/>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="300"/>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="301"/>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="303"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="306"/>
        <source>Rate</source>
        <translation>Bewerten</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/historypanel.cpp" line="315"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n Stern</numerusform>
            <numerusform>%n Sterne</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="432"/>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="437"/>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="452"/>
        <source>Nothing matches &apos;%1&apos;.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="454"/>
        <source>No runs match these filters.</source>
        <translation>Keine Durchläufe entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="456"/>
        <source>No runs yet. Results you generate appear here.</source>
        <translation>Noch keine Durchläufe. Generierte Ergebnisse erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="497"/>
        <source>Image copied</source>
        <translation>Bild kopiert</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="511"/>
        <source>Parameters copied</source>
        <translation>Parameter kopiert</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="523"/>
        <source>PNG image with parameters (*.png)</source>
        <translation>PNG-Bild mit Parametern (*.png)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="523"/>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG-Bild (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="524"/>
        <source>WebP image (*.webp)</source>
        <translation>WebP-Bild (*.webp)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="525"/>
        <source>Save Result As</source>
        <translation>Ergebnis speichern unter</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="547"/>
        <source>This run has no image to save.</source>
        <translation>Dieser Durchlauf hat kein Bild zum Speichern.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="557"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/historypanel.cpp" line="558"/>
        <source>Saved %n images</source>
        <translation>
            <numerusform>%n Bild gespeichert</numerusform>
            <numerusform>%n Bilder gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="560"/>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="574"/>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="588"/>
        <source>Delete Run</source>
        <translation>Durchlauf löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/panels/historypanel.cpp" line="589"/>
        <source>Delete this run and its %n image file(s)?</source>
        <translation>
            <numerusform>Diesen Durchlauf und seine %n Bilddatei löschen?</numerusform>
            <numerusform>Diesen Durchlauf und seine %n Bilddateien löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="590"/>
        <source>Delete this run?</source>
        <translation>Diesen Durchlauf löschen?</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="591"/>
        <source>“%1”
This cannot be undone.</source>
        <translation>„%1“
Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="592"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="603"/>
        <source>Run deleted</source>
        <translation>Durchlauf gelöscht</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/historypanel.cpp" line="605"/>
        <source>Could not delete the run.</source>
        <translation>Der Durchlauf konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="69"/>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="313"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed, so the run history cannot be kept.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert, daher kann kein Verlauf geführt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="316"/>
        <source>Cannot create the history folder %1.</source>
        <translation>Der Verlaufsordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="330"/>
        <source>The run history %1 cannot be read (%2). The file may be damaged: move it aside to start a new history.</source>
        <translation>Der Verlauf %1 kann nicht gelesen werden (%2). Die Datei ist möglicherweise beschädigt: Verschieben Sie sie an einen anderen Ort, um einen neuen Verlauf zu beginnen.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="334"/>
        <source>Cannot switch the run history %1 to WAL mode: %2</source>
        <translation>Der Verlauf %1 kann nicht in den WAL-Modus geschaltet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="336"/>
        <source>Cannot prepare the run history %1: %2</source>
        <translation>Der Verlauf %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="370"/>
        <source>it was written by a newer version of Reimagine Studio (schema %1, this version reads up to %2).</source>
        <translation>er wurde von einer neueren Version von Reimagine Studio geschrieben (Schema %1, diese Version liest bis %2).</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="478"/>
        <source>The result image cannot be read: %1</source>
        <translation>Das Ergebnisbild kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="483"/>
        <source>The result image is too large for a thumbnail (%1×%2).</source>
        <translation>Das Ergebnisbild ist zu groß für eine Miniatur (%1×%2).</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="494"/>
        <source>The result image cannot be decoded: %1</source>
        <translation>Das Ergebnisbild kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="511"/>
        <location filename="../src/core/history/historystore.cpp" line="517"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="534"/>
        <source>The run history is not open.</source>
        <translation>Der Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="538"/>
        <source>Unknown run status &quot;%1&quot;.</source>
        <translation>Unbekannter Durchlaufstatus „%1“.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="572"/>
        <source>Cannot create the history folders in %1.</source>
        <translation>Die Verlaufsordner in %1 können nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/history/historystore.cpp" line="607"/>
        <location filename="../src/core/history/historystore.cpp" line="667"/>
        <source>Cannot write to the run history: %1</source>
        <translation>In den Verlauf kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ImageDropZone</name>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="46"/>
        <source>Drop an image here</source>
        <translation>Bild hierher ziehen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="51"/>
        <source>Drop an image file or a link, paste with Ctrl+V, or choose Open…</source>
        <translation>Ziehen Sie eine Bilddatei oder einen Link hierher, fügen Sie mit Strg+V ein oder wählen Sie Öffnen…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="76"/>
        <source>Open an image file…</source>
        <translation>Bilddatei öffnen…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="78"/>
        <source>Paste an image or a link from the clipboard (Ctrl+V)</source>
        <translation>Bild oder Link aus der Zwischenablage einfügen (Strg+V)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="80"/>
        <source>Remove this image</source>
        <translation>Dieses Bild entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="189"/>
        <source>Open Image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="215"/>
        <source>The clipboard holds no image or link.</source>
        <translation>Die Zwischenablage enthält kein Bild und keinen Link.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="227"/>
        <source>or paste, or choose Open…</source>
        <translation>oder einfügen oder über Öffnen…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="236"/>
        <source>Link on %1, sent as is</source>
        <translation>Link auf %1, wird unverändert gesendet</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagedropzone.cpp" line="253"/>
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
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="53"/>
        <source>None yet: drop images or links here, or choose Add…</source>
        <translation>Noch keine: Ziehen Sie Bilder oder Links hierher oder wählen Sie Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="64"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="67"/>
        <source>Add image files</source>
        <translation>Bilddateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="70"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="73"/>
        <source>Remove the selected images</source>
        <translation>Ausgewählte Bilder entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="129"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagelisteditor.cpp" line="189"/>
        <source>Add Images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="26"/>
        <source>%1 is not an image this app can read (PNG, JPEG, WebP, BMP, GIF, TIFF).</source>
        <translation>%1 ist kein Bild, das diese App lesen kann (PNG, JPEG, WebP, BMP, GIF, TIFF).</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="32"/>
        <source>%1 looks like a %2 image but its header is damaged.</source>
        <translation>%1 scheint ein %2-Bild zu sein, aber der Header ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="38"/>
        <source>%1 is too large: %2 × %3 pixels (%4 megapixels). The limit is %5 megapixels and %6 pixels per side.</source>
        <translation>%1 ist zu groß: %2 × %3 Pixel (%4 Megapixel). Die Grenze liegt bei %5 Megapixeln und %6 Pixeln pro Seite.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="59"/>
        <source>%1 could not be decoded: %2.</source>
        <translation>%1 konnte nicht dekodiert werden: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="74"/>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="78"/>
        <source>%1 is %2 MB; images up to %3 MB are accepted.</source>
        <translation>%1 ist %2 MB groß; Bilder bis %3 MB werden akzeptiert.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="99"/>
        <source>The image is %1 MB; images up to %2 MB are accepted.</source>
        <translation>Das Bild ist %1 MB groß; Bilder bis %2 MB werden akzeptiert.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imageloader.cpp" line="106"/>
        <source>The image</source>
        <translation>Das Bild</translation>
    </message>
</context>
<context>
    <name>ImageMime</name>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="78"/>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="85"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="93"/>
        <source>Cannot save the pasted image to %1.</source>
        <translation>Das eingefügte Bild kann nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="114"/>
        <source>The sample sketch is missing from this build.</source>
        <translation>Die Beispielskizze fehlt in diesem Build.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="125"/>
        <source>Cannot copy the sample sketch to %1.</source>
        <translation>Die Beispielskizze kann nicht nach %1 kopiert werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="151"/>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/imagemime.cpp" line="152"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ImagePreparer</name>
    <message>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="90"/>
        <source>There is no image to prepare.</source>
        <translation>Es ist kein Bild zum Vorbereiten vorhanden.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="97"/>
        <source>Unsupported upload format &quot;%1&quot;; use png or jpeg.</source>
        <translation>Nicht unterstütztes Format zum Hochladen „%1“; verwenden Sie png oder jpeg.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="108"/>
        <source>Not enough memory to prepare a %1 x %2 image.</source>
        <translation>Nicht genug Speicher, um ein Bild mit %1 x %2 vorzubereiten.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="121"/>
        <source>The image could not be encoded as PNG.</source>
        <translation>Das Bild konnte nicht als PNG kodiert werden.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="138"/>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="158"/>
        <source>The image could not be encoded as JPEG.</source>
        <translation>Das Bild konnte nicht als JPEG kodiert werden.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/imagepreparer.cpp" line="146"/>
        <source>The image cannot be made smaller than %1 bytes.</source>
        <translation>Das Bild kann nicht kleiner als %1 Byte gemacht werden.</translation>
    </message>
</context>
<context>
    <name>ImageSizeEditor</name>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="33"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="45"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="47"/>
        <source>Enter width and height in pixels</source>
        <translation>Breite und Höhe in Pixeln eingeben</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="53"/>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="99"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="99"/>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/imagesizeeditor.cpp" line="101"/>
        <source> in pixels</source>
        <translation> in Pixeln</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../src/core/jobs/job.cpp" line="67"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>JobJournal</name>
    <message>
        <location filename="../src/core/jobs/jobjournal.cpp" line="111"/>
        <source>Invalid job id &apos;%1&apos;.</source>
        <translation>Ungültige Auftrags-ID „%1“.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobjournal.cpp" line="116"/>
        <source>Cannot create the job journal folder %1.</source>
        <translation>Der Ordner für das Auftragsjournal %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobjournal.cpp" line="122"/>
        <location filename="../src/core/jobs/jobjournal.cpp" line="128"/>
        <source>Cannot write the job journal: %1</source>
        <translation>Das Auftragsjournal kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>JobListModel</name>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="190"/>
        <source>%1 on %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="195"/>
        <source>What the run cost (as reported by the provider, or the list price)</source>
        <translation>Was der Durchlauf gekostet hat (laut Anbieter oder nach Listenpreis)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="197"/>
        <source>Estimated from the model&apos;s list price</source>
        <translation>Geschätzt nach dem Listenpreis des Modells</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="214"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="216"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="218"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="220"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="222"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="237"/>
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="237"/>
        <source>Waiting for a free slot</source>
        <translation>Wartet auf einen freien Platz</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="239"/>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="241"/>
        <source>In queue #%1</source>
        <translation>In Warteschlange #%1</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="242"/>
        <source>In queue</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="244"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="246"/>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="248"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="251"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="251"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="254"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="256"/>
        <source>Interrupted: not sent again</source>
        <translation>Unterbrochen: nicht erneut gesendet</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="311"/>
        <location filename="../src/gui/panels/jobspanel.cpp" line="316"/>
        <location filename="../src/gui/panels/jobspanel.cpp" line="318"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="316"/>
        <source>%1 charged</source>
        <translation>%1 berechnet</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="318"/>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <location filename="../src/core/jobs/jobqueue.cpp" line="69"/>
        <source>The model %1 is no longer in the catalog.</source>
        <translation>Das Modell %1 ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location filename="../src/core/jobs/jobqueue.cpp" line="74"/>
        <source>The app stopped while this job was being submitted. It was not submitted again, so it is never paid twice; check the provider&apos;s dashboard for its result.</source>
        <translation>Die App wurde beendet, während dieser Auftrag übermittelt wurde. Er wurde nicht erneut übermittelt, damit er nie doppelt bezahlt wird; prüfen Sie das Dashboard des Anbieters auf sein Ergebnis.</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="333"/>
        <source>No jobs yet. Generate (%1) to start one.</source>
        <translation>Noch keine Aufträge. Generieren Sie (%1), um einen zu starten.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="360"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="377"/>
        <source>Select a job to see its details and the provider&apos;s log.</source>
        <translation>Wählen Sie einen Auftrag aus, um seine Details und das Protokoll des Anbieters zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="378"/>
        <source>Job log</source>
        <translation>Auftragsprotokoll</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="503"/>
        <source>Cancel this job (the provider is asked to stop it)</source>
        <translation>Diesen Auftrag abbrechen (der Anbieter wird gebeten, ihn zu stoppen)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="504"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="510"/>
        <source>Run the same request again</source>
        <translation>Dieselbe Anfrage erneut ausführen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="511"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="568"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/jobspanel.cpp" line="572"/>
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
        <location filename="../src/core/providers/keytester.cpp" line="57"/>
        <source>key check</source>
        <translation>Schlüsselprüfung</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="96"/>
        <source>%1 rejected this key.</source>
        <translation>%1 hat diesen Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="98"/>
        <location filename="../src/core/providers/keytester.cpp" line="108"/>
        <source>Key OK.</source>
        <translation>Schlüssel OK.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="100"/>
        <source>The key could not be checked.</source>
        <translation>Der Schlüssel konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="104"/>
        <source>Key OK — %1 credits left.</source>
        <translation>Schlüssel OK – %1 Credits übrig.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="126"/>
        <source>Enter a key first.</source>
        <translation>Geben Sie zuerst einen Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="130"/>
        <source>The key cannot be checked: no network access.</source>
        <translation>Der Schlüssel kann nicht geprüft werden: kein Netzwerkzugriff.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/keytester.cpp" line="136"/>
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
    <name>LineEditor</name>
    <message>
        <location filename="../src/gui/forms/lineeditor.cpp" line="19"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="92"/>
        <source>Reimagine Studio</source>
        <translation>Reimagine Studio</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="167"/>
        <source>&amp;Open Sketch…</source>
        <translation>Skizze ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="168"/>
        <source>Open a sketch image and use it as the structure reference</source>
        <translation>Skizzenbild öffnen und als Strukturreferenz verwenden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="170"/>
        <source>&amp;Paste Sketch</source>
        <translation>Skizze &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="171"/>
        <source>Use the image or link on the clipboard as the sketch</source>
        <translation>Bild oder Link aus der Zwischenablage als Skizze verwenden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="173"/>
        <source>&amp;Import Model Schema…</source>
        <translation>Modellschema &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="173"/>
        <source>Add a model from a fal OpenAPI JSON document</source>
        <translation>Modell aus einem fal-OpenAPI-JSON-Dokument hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="175"/>
        <source>&amp;Save Result As…</source>
        <translation>Ergebnis &amp;speichern unter…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="176"/>
        <source>Save the shown result as PNG (with its parameters), JPEG or WebP</source>
        <translation>Angezeigtes Ergebnis als PNG (mit Parametern), JPEG oder WebP speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="178"/>
        <source>&amp;Export Comparison…</source>
        <translation>Vergleich e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="179"/>
        <source>Save the comparison grid as one PNG with captions</source>
        <translation>Vergleichsraster als ein PNG mit Beschriftungen speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="181"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="181"/>
        <source>Close Reimagine Studio</source>
        <translation>Reimagine Studio schließen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="183"/>
        <source>&amp;Reset Parameters</source>
        <translation>Parameter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="184"/>
        <source>Put every parameter of the current model back to its default</source>
        <translation>Alle Parameter des aktuellen Modells auf ihre Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="186"/>
        <source>&amp;Clear Sketch</source>
        <translation>Skizze ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="187"/>
        <source>Remove the sketch from the canvas and the form</source>
        <translation>Skizze von der Arbeitsfläche und aus dem Formular entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="189"/>
        <source>Copy Parameters as &amp;JSON</source>
        <translation>Parameter als &amp;JSON kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="190"/>
        <source>Copy the request parameters of the current model to the clipboard</source>
        <translation>Anfrageparameter des aktuellen Modells in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="194"/>
        <source>Parameters copied.</source>
        <translation>Parameter kopiert.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="196"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="196"/>
        <source>API keys, concurrency and cost limits</source>
        <translation>API-Schlüssel, parallele Aufträge und Kostengrenzen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="199"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="199"/>
        <source>Send the sketch and parameters to the selected model</source>
        <translation>Skizze und Parameter an das ausgewählte Modell senden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="202"/>
        <source>&amp;Compare Models</source>
        <translation>Modelle &amp;vergleichen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="203"/>
        <source>Run the same sketch and prompt on several models side by side</source>
        <translation>Dieselbe Skizze und denselben Prompt auf mehreren Modellen nebeneinander ausführen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="207"/>
        <source>&amp;Cancel Latest Job</source>
        <translation>Letzten Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="207"/>
        <source>Cancel the most recent job that is still running</source>
        <translation>Den neuesten noch laufenden Auftrag abbrechen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="209"/>
        <source>&amp;Search History</source>
        <translation>Verlauf &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="209"/>
        <source>Find earlier results by their prompt</source>
        <translation>Frühere Ergebnisse anhand ihres Prompts finden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="216"/>
        <source>&amp;About Reimagine Studio</source>
        <translation>Ü&amp;ber Reimagine Studio</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="216"/>
        <source>Version and licence of Reimagine Studio</source>
        <translation>Version und Lizenz von Reimagine Studio</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="219"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="219"/>
        <source>The Qt version this build uses</source>
        <translation>Die von diesem Build verwendete Qt-Version</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="240"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="242"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="254"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="262"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="271"/>
        <source>&amp;Run</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="275"/>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="282"/>
        <source>&amp;Model Panel</source>
        <translation>&amp;Modellbereich</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="282"/>
        <source>Show or hide the model and parameter panel</source>
        <translation>Modell- und Parameterbereich ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="283"/>
        <source>&amp;History and Presets</source>
        <translation>&amp;Verlauf und Vorgaben</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="283"/>
        <source>Show or hide the history and presets</source>
        <translation>Verlauf und Vorgaben ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="284"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="284"/>
        <source>Show or hide the job list</source>
        <translation>Auftragsliste ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="292"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="317"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="326"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="335"/>
        <source>Presets</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="345"/>
        <source>Preset “%1” loaded.</source>
        <translation>Vorgabe „%1“ geladen.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="350"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="358"/>
        <source>Cancelling %1…</source>
        <translation>%1 wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="452"/>
        <source>Sketch loaded. This model takes no structure image.</source>
        <translation>Skizze geladen. Dieses Modell verwendet kein Strukturbild.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="453"/>
        <source>Sketch loaded as “%1”.</source>
        <translation>Skizze als „%1“ geladen.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="491"/>
        <source>Open Sketch</source>
        <translation>Skizze öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="504"/>
        <source>The clipboard holds no image or image link.</source>
        <translation>Die Zwischenablage enthält kein Bild und keinen Bildlink.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="131"/>
        <source>Fix the marked fields first.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="137"/>
        <source>Sent to %1.</source>
        <translation>An %1 gesendet.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="531"/>
        <source>No job is running.</source>
        <translation>Es läuft kein Auftrag.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="607"/>
        <source>The model %1 is not installed.</source>
        <translation>Das Modell %1 ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="611"/>
        <source>Parameters of %1 restored.</source>
        <translation>Parameter von %1 wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="642"/>
        <source>About Reimagine Studio</source>
        <translation>Über Reimagine Studio</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="643"/>
        <source>&lt;h3&gt;Reimagine Studio %1&lt;/h3&gt;&lt;p&gt;Turn rough sketches into finished images with cloud reimagine models, and compare providers side by side.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reimagine Studio %1&lt;/h3&gt;&lt;p&gt;Verwandeln Sie grobe Skizzen mit Reimagine-Modellen in der Cloud in fertige Bilder und vergleichen Sie Anbieter nebeneinander.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="21"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="25"/>
        <source>%1 is too large for a schema (%2 MB)</source>
        <translation>%1 ist zu groß für ein Schema (%2 MB)</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="58"/>
        <source>Bundled model %1: %2</source>
        <translation>Mitgeliefertes Modell %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="72"/>
        <source>Imported model %1: %2</source>
        <translation>Importiertes Modell %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="76"/>
        <source>Imported model %1 repeats the id %2 and was skipped.</source>
        <translation>Das importierte Modell %1 wiederholt die ID %2 und wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="112"/>
        <source>No folder for imported models is configured.</source>
        <translation>Es ist kein Ordner für importierte Modelle eingerichtet.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="124"/>
        <source>%1 is not a usable model schema: %2</source>
        <translation>%1 ist kein brauchbares Modellschema: %2</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="128"/>
        <source>Only fal models can be imported; %1 is a %2 model.</source>
        <translation>Nur fal-Modelle können importiert werden; %1 ist ein %2-Modell.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="133"/>
        <source>%1 is already in the catalog.</source>
        <translation>%1 ist bereits im Katalog.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="138"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/modelcatalog.cpp" line="146"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ModelDock</name>
    <message>
        <location filename="../src/gui/modeldock.cpp" line="11"/>
        <location filename="../src/gui/modeldock.cpp" line="37"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/gui/modeldock.cpp" line="37"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="61"/>
        <source>The model that turns the sketch into an image</source>
        <translation>Das Modell, das aus der Skizze ein Bild macht</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="62"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="104"/>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="106"/>
        <source>Run the same sketch on several models side by side</source>
        <translation>Dieselbe Skizze mit mehreren Modellen nebeneinander erzeugen</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="146"/>
        <source>Run the same sketch on several models side by side (%1)</source>
        <translation>Dieselbe Skizze auf mehreren Modellen nebeneinander ausführen (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="303"/>
        <source>No model catalog.</source>
        <translation>Kein Modellkatalog.</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="310"/>
        <source>The file is not a model schema.</source>
        <translation>Die Datei ist kein Modellschema.</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="315"/>
        <source>Model “%1” imported.</source>
        <translation>Modell „%1“ importiert.</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="321"/>
        <location filename="../src/gui/modelpanel.cpp" line="330"/>
        <source>Import Model Schema</source>
        <translation>Modellschema importieren</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="322"/>
        <source>OpenAPI JSON (*.json)</source>
        <translation>OpenAPI-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="323"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="331"/>
        <source>Cannot import %1.</source>
        <translation>%1 kann nicht importiert werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="354"/>
        <source>price unknown</source>
        <translation>Preis unbekannt</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="355"/>
        <source>Generate · %1</source>
        <translation>Generieren · %1</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="363"/>
        <source>Choose a model first</source>
        <translation>Wählen Sie zuerst ein Modell</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="372"/>
        <source>Fix these fields first: %1</source>
        <translation>Korrigieren Sie zuerst diese Felder: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="375"/>
        <source>Generate %1 images with %2 (%3)</source>
        <translation>%1 Bilder mit %2 generieren (%3)</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="376"/>
        <source>Generate one image with %1 (%2)</source>
        <translation>Ein Bild mit %1 generieren (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="377"/>
        <source>The price of this model is unknown.</source>
        <translation>Der Preis dieses Modells ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../src/gui/modelpanel.cpp" line="386"/>
        <source>No model available.</source>
        <translation>Kein Modell verfügbar.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../src/gui/widgets/modelpicker.cpp" line="54"/>
        <location filename="../src/gui/widgets/modelpicker.cpp" line="81"/>
        <source>price unknown</source>
        <translation>Preis unbekannt</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/modelpicker.cpp" line="68"/>
        <source>unknown provider</source>
        <translation>unbekannter Anbieter</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/modelpicker.cpp" line="82"/>
        <source>%1 per image</source>
        <translation>%1 pro Bild</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../src/gui/forms/numbereditor.cpp" line="70"/>
        <source>Send a value for this field; when off, the provider decides</source>
        <translation>Einen Wert für dieses Feld senden; wenn aus, entscheidet der Anbieter</translation>
    </message>
</context>
<context>
    <name>ParameterValidator</name>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="60"/>
        <location filename="../src/core/schema/parametervalidator.cpp" line="226"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="69"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="73"/>
        <source>%1 must be greater than %2.</source>
        <translation>%1 muss größer als %2 sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="74"/>
        <source>%1 must be at least %2.</source>
        <translation>%1 muss mindestens %2 sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="76"/>
        <source>%1 must be less than %2.</source>
        <translation>%1 muss kleiner als %2 sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="77"/>
        <source>%1 must be at most %2.</source>
        <translation>%1 darf höchstens %2 sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="88"/>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss einer der folgenden Werte sein: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/schema/parametervalidator.cpp" line="93"/>
        <source>%1 must be at least %n character(s) long.</source>
        <translation>
            <numerusform>%1 muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>%1 muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/schema/parametervalidator.cpp" line="95"/>
        <source>%1 must be at most %n character(s) long (now %2).</source>
        <translation>
            <numerusform>%1 darf höchstens %n Zeichen lang sein (derzeit %2).</numerusform>
            <numerusform>%1 darf höchstens %n Zeichen lang sein (derzeit %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="100"/>
        <source>%1 has the wrong format: &apos;%2&apos;.</source>
        <translation>%1 hat das falsche Format: „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="108"/>
        <source>%1 must be text.</source>
        <translation>%1 muss ein Text sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="114"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="120"/>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="126"/>
        <source>%1 must be true or false.</source>
        <translation>%1 muss „true“ oder „false“ sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="130"/>
        <source>%1 must be an image file or URL.</source>
        <translation>%1 muss eine Bilddatei oder URL sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="134"/>
        <source>%1 must be a list of images.</source>
        <translation>%1 muss eine Liste von Bildern sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="138"/>
        <source>%1 must be a list of image files or URLs.</source>
        <translation>%1 muss eine Liste von Bilddateien oder URLs sein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/schema/parametervalidator.cpp" line="141"/>
        <source>%1 takes at most %n image(s).</source>
        <translation>
            <numerusform>%1 nimmt höchstens %n Bild an.</numerusform>
            <numerusform>%1 nimmt höchstens %n Bilder an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/schema/parametervalidator.cpp" line="143"/>
        <source>%1 needs at least %n image(s).</source>
        <translation>
            <numerusform>%1 benötigt mindestens %n Bild.</numerusform>
            <numerusform>%1 benötigt mindestens %n Bilder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="148"/>
        <source>%1 must be a list.</source>
        <translation>%1 muss eine Liste sein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/schema/parametervalidator.cpp" line="151"/>
        <source>%1 takes at most %n item(s).</source>
        <translation>
            <numerusform>%1 nimmt höchstens %n Eintrag an.</numerusform>
            <numerusform>%1 nimmt höchstens %n Einträge an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/schema/parametervalidator.cpp" line="153"/>
        <source>%1 needs at least %n item(s).</source>
        <translation>
            <numerusform>%1 benötigt mindestens %n Eintrag.</numerusform>
            <numerusform>%1 benötigt mindestens %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="157"/>
        <source>%1 must be a list of texts.</source>
        <translation>%1 muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="161"/>
        <source>%1 must be a list of whole numbers.</source>
        <translation>%1 muss eine Liste ganzer Zahlen sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="163"/>
        <source>%1 must be a list of numbers.</source>
        <translation>%1 muss eine Liste von Zahlen sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="173"/>
        <source>%1 must be one of: %2, or a width and height.</source>
        <translation>%1 muss einer der folgenden Werte sein: %2 – oder eine Breite und Höhe.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="176"/>
        <source>%1 must be a preset or a width and height.</source>
        <translation>%1 muss eine Vorgabe oder eine Breite und Höhe sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="179"/>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="185"/>
        <source>%1 takes either a preset name or a list of colours, not both or neither.</source>
        <translation>%1 erwartet entweder einen Vorgabenamen oder eine Farbliste – genau eines von beiden.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="196"/>
        <source>%1 has no part named &apos;%2&apos;.</source>
        <translation>%1 hat keinen Bestandteil namens „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="203"/>
        <source>%1 needs &apos;%2&apos;.</source>
        <translation>%1 benötigt „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="218"/>
        <source>Unknown parameter &apos;%1&apos; for %2. Known parameters: %3.</source>
        <translation>Unbekannter Parameter „%1“ für %2. Bekannte Parameter: %3.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="241"/>
        <source>%1 cannot be used together with %2.</source>
        <translation>%1 kann nicht zusammen mit %2 verwendet werden.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="259"/>
        <source>%1 expects %2, got &apos;%3&apos;.</source>
        <translation>%1 erwartet %2, erhalten: „%3“.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="273"/>
        <source>%1 expects a whole number, got &apos;%2&apos;.</source>
        <translation>%1 erwartet eine ganze Zahl, erhalten: „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="282"/>
        <source>%1 expects a number, got &apos;%2&apos;.</source>
        <translation>%1 erwartet eine Zahl, erhalten: „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="295"/>
        <source>%1 expects true or false, got &apos;%2&apos;.</source>
        <translation>%1 erwartet „true“ oder „false“, erhalten: „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="301"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="309"/>
        <source>%1 expects a list of numbers, got &apos;%2&apos;.</source>
        <translation>%1 erwartet eine Liste von Zahlen, erhalten: „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="321"/>
        <source>a JSON object</source>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="333"/>
        <source>%1 expects a JSON object, got &apos;%2&apos;.</source>
        <translation>%1 erwartet ein JSON-Objekt, erhalten: „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/schema/parametervalidator.cpp" line="336"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
</context>
<context>
    <name>PngMetadata</name>
    <message>
        <location filename="../src/core/imaging/pngmetadata.cpp" line="68"/>
        <source>The data is not a PNG image.</source>
        <translation>Die Daten sind kein PNG-Bild.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngmetadata.cpp" line="75"/>
        <source>The PNG data is truncated at byte %1.</source>
        <translation>Die PNG-Daten brechen bei Byte %1 ab.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngmetadata.cpp" line="85"/>
        <source>The PNG data is corrupt at byte %1 (invalid chunk type).</source>
        <translation>Die PNG-Daten sind bei Byte %1 beschädigt (ungültiger Chunk-Typ).</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngmetadata.cpp" line="90"/>
        <source>The PNG data is truncated in chunk %1 at byte %2.</source>
        <translation>Die PNG-Daten brechen in Chunk %1 bei Byte %2 ab.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngmetadata.cpp" line="100"/>
        <source>The PNG data is corrupt: it does not start with IHDR.</source>
        <translation>Die PNG-Daten sind beschädigt: Sie beginnen nicht mit IHDR.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngmetadata.cpp" line="393"/>
        <source>The metadata has no valid format version.</source>
        <translation>Die Metadaten haben keine gültige Formatversion.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngmetadata.cpp" line="547"/>
        <source>The PNG data is corrupt: chunk %1 at byte %2 has a wrong CRC.</source>
        <translation>Die PNG-Daten sind beschädigt: Chunk %1 bei Byte %2 hat eine falsche CRC.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngmetadata.cpp" line="605"/>
        <source>The metadata JSON is invalid: %1</source>
        <translation>Das Metadaten-JSON ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/pngmetadata.cpp" line="620"/>
        <source>The PNG carries no generation metadata.</source>
        <translation>Das PNG enthält keine Generierungsmetadaten.</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="58"/>
        <source>This is not a Reimagine Studio preset (its &quot;format&quot; is missing or different).</source>
        <translation>Dies ist keine Vorgabe von Reimagine Studio („format“ fehlt oder ist anders).</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="63"/>
        <source>The preset has format version %1; this version of the app reads version %2.</source>
        <translation>Die Vorgabe hat die Formatversion %1; diese Version der App liest Version %2.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="73"/>
        <source>The preset&apos;s values for %1 are not an object.</source>
        <translation>Die Werte der Vorgabe für %1 sind kein Objekt.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="81"/>
        <source>Unknown seed policy &apos;%1&apos; (fixed, random or increment).</source>
        <translation>Unbekannte Seed-Regel „%1“ (fixed, random oder increment).</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="91"/>
        <source>Cannot open the preset %1: %2</source>
        <translation>Die Vorgabe %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="95"/>
        <source>The preset %1 is too large to be a preset.</source>
        <translation>Die Datei %1 ist zu groß für eine Vorgabe.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/preset.cpp" line="101"/>
        <source>The preset %1 is not valid JSON: %2</source>
        <translation>Die Vorgabe %1 ist kein gültiges JSON: %2</translation>
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
        <location filename="../src/core/presets/presetstore.cpp" line="55"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="65"/>
        <source>%1: another file already holds a preset named “%2”.</source>
        <translation>%1: Eine andere Datei enthält bereits eine Vorgabe namens „%2“.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="196"/>
        <source>Cannot create the presets folder %1.</source>
        <translation>Der Vorgabenordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="204"/>
        <location filename="../src/core/presets/presetstore.cpp" line="209"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="220"/>
        <location filename="../src/core/presets/presetstore.cpp" line="242"/>
        <source>A preset needs a name.</source>
        <translation>Eine Vorgabe benötigt einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="237"/>
        <location filename="../src/core/presets/presetstore.cpp" line="275"/>
        <location filename="../src/core/presets/presetstore.cpp" line="314"/>
        <source>There is no preset named “%1”.</source>
        <translation>Es gibt keine Vorgabe namens „%1“.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="249"/>
        <source>A preset named “%1” already exists.</source>
        <translation>Eine Vorgabe namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="262"/>
        <source>Cannot remove the old preset file %1.</source>
        <translation>Die alte Vorgabedatei %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="280"/>
        <source>Cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/presets/presetstore.cpp" line="300"/>
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
        <location filename="../src/gui/panels/presetspanel.cpp" line="364"/>
        <source>Rename Preset</source>
        <translation>Vorgabe umbenennen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="365"/>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="367"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="387"/>
        <source>Delete Preset</source>
        <translation>Vorgabe löschen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="388"/>
        <source>Delete the preset “%1”? This cannot be undone.</source>
        <translation>Die Vorgabe „%1“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="392"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="417"/>
        <source>Import Preset</source>
        <translation>Vorgabe importieren</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="419"/>
        <source>Presets (*.json);;All files (*)</source>
        <translation>Vorgaben (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="430"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="446"/>
        <source>Export Preset</source>
        <translation>Vorgabe exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/panels/presetspanel.cpp" line="446"/>
        <source>Presets (*.json)</source>
        <translation>Vorgaben (*.json)</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <location filename="../src/gui/forms/prompteditor.cpp" line="22"/>
        <source>Describe the image you want…</source>
        <translation>Beschreiben Sie das gewünschte Bild…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/prompteditor.cpp" line="24"/>
        <source>What to leave out…</source>
        <translation>Was weggelassen werden soll…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/prompteditor.cpp" line="87"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/prompteditor.cpp" line="94"/>
        <source>Characters: %1</source>
        <translation>Zeichen: %1</translation>
    </message>
</context>
<context>
    <name>ProviderRun</name>
    <message>
        <location filename="../src/core/providers/provider.cpp" line="64"/>
        <source>%1 (attempt %2 follows in %3 ms)</source>
        <translation>%1 (Versuch %2 folgt in %3 ms)</translation>
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
        <location filename="../src/core/imaging/resultwriter.cpp" line="44"/>
        <source>%1: results can be saved as .png, .jpg or .webp.</source>
        <translation>%1: Ergebnisse können als .png, .jpg oder .webp gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/resultwriter.cpp" line="62"/>
        <source>Cannot encode %1: %2</source>
        <translation>%1 kann nicht kodiert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/imaging/resultwriter.cpp" line="77"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ResultsArea</name>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="96"/>
        <source>&amp;Wipe</source>
        <translation>&amp;Wischen</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="98"/>
        <source>Sketch on the left of a divider, result on the right</source>
        <translation>Skizze links einer Trennlinie, Ergebnis rechts</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="99"/>
        <source>&amp;Side by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="101"/>
        <source>Sketch and result next to each other, zoomed together</source>
        <translation>Skizze und Ergebnis nebeneinander, gemeinsam gezoomt</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="102"/>
        <source>&amp;Blend</source>
        <translation>Ü&amp;berblenden</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="104"/>
        <source>The result over the sketch with adjustable opacity</source>
        <translation>Das Ergebnis über der Skizze mit einstellbarer Deckkraft</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="113"/>
        <source>&amp;Fit to Window</source>
        <translation>In Fenster &amp;einpassen</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="115"/>
        <source>Show the whole result</source>
        <translation>Das ganze Ergebnis anzeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="116"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="118"/>
        <source>One image pixel per screen pixel</source>
        <translation>Ein Bildpixel pro Bildschirmpixel</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="122"/>
        <source>‹ Back to Grid</source>
        <translation>‹ Zurück zum Raster</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="123"/>
        <source>Return to the comparison grid</source>
        <translation>Zurück zum Vergleichsraster</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="129"/>
        <source>‹ Sketch</source>
        <translation>‹ Skizze</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="130"/>
        <source>Show the sketch alone (drop another one there)</source>
        <translation>Nur die Skizze anzeigen (dort eine andere hineinziehen)</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="156"/>
        <source>Wipe</source>
        <translation>Wischen</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="157"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="158"/>
        <source>Blend</source>
        <translation>Überblenden</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="160"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="161"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="193"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="298"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="317"/>
        <source>There is no result to save yet.</source>
        <translation>Es gibt noch kein Ergebnis zum Speichern.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="320"/>
        <source>Save Result</source>
        <translation>Ergebnis speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="321"/>
        <source>PNG with parameters (*.png)</source>
        <translation>PNG mit Parametern (*.png)</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="321"/>
        <source>JPEG (*.jpg *.jpeg)</source>
        <translation>JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="322"/>
        <source>WebP (*.webp)</source>
        <translation>WebP (*.webp)</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="332"/>
        <source>Choose a name ending in .png, .jpg or .webp.</source>
        <translation>Wählen Sie einen Namen mit der Endung .png, .jpg oder .webp.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="343"/>
        <source>This run has no result.</source>
        <translation>Dieser Durchlauf hat kein Ergebnis.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="356"/>
        <source>%1 finished in %2.</source>
        <translation>%1 in %2 abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="363"/>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="378"/>
        <location filename="../src/gui/resultsarea.cpp" line="397"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="391"/>
        <source>%1 refused the request: %2</source>
        <translation>%1 hat die Anfrage abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="395"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="405"/>
        <source>No API key for %1. %2</source>
        <translation>Kein API-Schlüssel für %1. %2</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="431"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="432"/>
        <source>%1, result %2</source>
        <translation>%1, Ergebnis %2</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="454"/>
        <source>%1 · %2 · %3 px</source>
        <translation>%1 · %2 · %3 px</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="458"/>
        <source>From the history · %1×%2 px</source>
        <translation>Aus dem Verlauf · %1×%2 px</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="508"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/resultsarea.cpp" line="509"/>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>SchemaForm</name>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="39"/>
        <source>Reset to Defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="46"/>
        <source>Put every field of this model back to its default value</source>
        <translation>Alle Felder dieses Modells auf ihren Standardwert zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="96"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="98"/>
        <source>Reference images that guide the composition</source>
        <translation>Referenzbilder, die die Komposition steuern</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="105"/>
        <location filename="../src/gui/forms/schemaform.cpp" line="132"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="107"/>
        <source>Fine-tuning; the defaults are a good start</source>
        <translation>Feinabstimmung; die Standardwerte sind ein guter Anfang</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/schemaform.cpp" line="132"/>
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
        <location filename="../src/core/schema/schemaparser.cpp" line="24"/>
        <source>only local references are supported, got &apos;%1&apos;</source>
        <translation>nur lokale Referenzen werden unterstützt, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="32"/>
        <location filename="../src/core/schema/schemaparser.cpp" line="38"/>
        <source>reference &apos;%1&apos; does not resolve</source>
        <translation>Referenz „%1“ lässt sich nicht auflösen</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="50"/>
        <source>%1: reference chain too deep</source>
        <translation>%1: Referenzkette zu tief</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="236"/>
        <source>square</source>
        <translation>quadratisch</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="236"/>
        <source>landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="236"/>
        <source>portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="324"/>
        <source>%1: union of %2 types is edited as raw JSON</source>
        <translation>%1: Vereinigung aus %2 Typen wird als JSON-Rohwert bearbeitet</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="455"/>
        <source>%1: list of %2 is edited as raw JSON</source>
        <translation>%1: Liste von %2 wird als JSON-Rohwert bearbeitet</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="456"/>
        <source>unknown items</source>
        <translation>unbekannten Einträgen</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="490"/>
        <source>%1: no type given, edited as raw JSON</source>
        <translation>%1: kein Typ angegeben, wird als JSON-Rohwert bearbeitet</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="491"/>
        <source>%1: type &apos;%2&apos; is edited as raw JSON</source>
        <translation>%1: Typ „%2“ wird als JSON-Rohwert bearbeitet</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="508"/>
        <source>the model file has no &apos;%1&apos;</source>
        <translation>die Modelldatei enthält kein „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="520"/>
        <source>the model file has no &apos;input&apos; schema</source>
        <translation>die Modelldatei enthält kein „input“-Schema</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="531"/>
        <source>role &apos;%1&apos; names the unknown field &apos;%2&apos;</source>
        <translation>Rolle „%1“ verweist auf das unbekannte Feld „%2“</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="561"/>
        <source>the input schema has no properties</source>
        <translation>das Eingabeschema hat keine Eigenschaften</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="640"/>
        <source>the OpenAPI document has no submit (POST) path</source>
        <translation>das OpenAPI-Dokument hat keinen Pfad zum Übermitteln (POST)</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="652"/>
        <source>the POST %1 has no application/json request body schema</source>
        <translation>POST %1 hat kein Schema für einen application/json-Anfragetext</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="683"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <location filename="../src/core/schema/schemaparser.cpp" line="687"/>
        <source>the document is not a JSON object</source>
        <translation>das Dokument ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>SeedEditor</name>
    <message>
        <location filename="../src/gui/forms/seededitor.cpp" line="28"/>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/seededitor.cpp" line="30"/>
        <source>The same seed, prompt and settings give the same image</source>
        <translation>Gleicher Seed, Prompt und gleiche Einstellungen ergeben dasselbe Bild</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/seededitor.cpp" line="38"/>
        <source>Pick a new random seed</source>
        <translation>Neuen zufälligen Seed wählen</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/seededitor.cpp" line="125"/>
        <source>Seed locked: every run uses this seed. Click to roll a new seed after each run.</source>
        <translation>Seed gesperrt: Jeder Durchlauf verwendet diesen Seed. Klicken, um nach jedem Durchlauf einen neuen Seed zu würfeln.</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/seededitor.cpp" line="127"/>
        <source>Seed unlocked: a new random seed after each run. Click to keep this seed.</source>
        <translation>Seed entsperrt: Nach jedem Durchlauf ein neuer zufälliger Seed. Klicken, um diesen Seed beizubehalten.</translation>
    </message>
</context>
<context>
    <name>SegmindRun</name>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="147"/>
        <source>No Segmind API key is set. Add one in Settings.</source>
        <translation>Es ist kein Segmind-API-Schlüssel festgelegt. Fügen Sie einen in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="170"/>
        <source>This Segmind job cannot be resumed: Segmind answers while the image is generated, and the answer was lost. It was not resubmitted, so it is not billed twice; run it again if needed.</source>
        <translation>Dieser Segmind-Auftrag kann nicht fortgesetzt werden: Segmind antwortet während der Bildgenerierung, und die Antwort ging verloren. Er wurde nicht erneut übermittelt und wird daher nicht doppelt berechnet; führen Sie ihn bei Bedarf erneut aus.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="182"/>
        <source>Cancelled. Segmind may still finish (and bill) the image that was already requested.</source>
        <translation>Abgebrochen. Segmind stellt das bereits angeforderte Bild eventuell trotzdem fertig (und berechnet es).</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="184"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="219"/>
        <source>The image file &quot;%1&quot; does not exist.</source>
        <translation>Die Bilddatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="245"/>
        <source>Preparing %1</source>
        <translation>%1 wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="282"/>
        <source>Uploading the sketch (%1 x %2, %3 KiB)</source>
        <translation>Skizze wird hochgeladen (%1 x %2, %3 KiB)</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="299"/>
        <source>image upload</source>
        <translation>Anfrage zum Hochladen des Bildes</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="313"/>
        <source>Segmind accepted the sketch upload but did not say where it was stored.</source>
        <translation>Segmind hat die hochgeladene Skizze angenommen, aber nicht mitgeteilt, wo sie gespeichert wurde.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="362"/>
        <source>generation request</source>
        <translation>Generierungsanfrage</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="374"/>
        <source>Segmind refused the connection; retrying in %1 ms</source>
        <translation>Segmind hat die Verbindung abgelehnt; neuer Versuch in %1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="381"/>
        <source>Your Segmind account does not have enough credits for this image (%1).</source>
        <translation>Ihr Segmind-Konto hat nicht genug Guthaben für dieses Bild (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="385"/>
        <source>Segmind says: &quot;%1&quot;.</source>
        <translation>Segmind meldet: „%1“.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="386"/>
        <source>Add credits at segmind.com, then run it again.</source>
        <translation>Laden Sie bei segmind.com Guthaben auf und führen Sie den Auftrag dann erneut aus.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="394"/>
        <source>Segmind may still have generated (and billed) the image; it was not resubmitted.</source>
        <translation>Segmind hat das Bild möglicherweise dennoch generiert (und berechnet); es wurde nicht erneut übermittelt.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="408"/>
        <source>Segmind returned something that is not an image.</source>
        <translation>Segmind hat etwas geliefert, das kein Bild ist.</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="409"/>
        <source>Segmind returned something that is not an image (%1).</source>
        <translation>Segmind hat etwas geliefert, das kein Bild ist (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/providers/segmindprovider.cpp" line="443"/>
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
        <location filename="../ui/settingsdialog.ui" line="48"/>
        <source>Keys are kept in the system keychain, never in settings files. A key set in the environment wins over a stored one.</source>
        <translation>Schlüssel werden im Schlüsselbund des Systems aufbewahrt, nie in Einstellungsdateien. Ein in der Umgebung gesetzter Schlüssel hat Vorrang vor einem gespeicherten.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="58"/>
        <source>fal</source>
        <translation>fal</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="73"/>
        <source>Paste your fal API key</source>
        <translation>Fügen Sie Ihren fal-API-Schlüssel ein</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="83"/>
        <location filename="../ui/settingsdialog.ui" line="170"/>
        <location filename="../ui/settingsdialog.ui" line="257"/>
        <source>Show or hide the key</source>
        <translation>Schlüssel ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="86"/>
        <location filename="../ui/settingsdialog.ui" line="173"/>
        <location filename="../ui/settingsdialog.ui" line="260"/>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="170"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="96"/>
        <source>Check the key with a free request to fal</source>
        <translation>Schlüssel mit einer kostenlosen Anfrage an fal prüfen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="99"/>
        <location filename="../ui/settingsdialog.ui" line="186"/>
        <location filename="../ui/settingsdialog.ui" line="273"/>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="295"/>
        <source>Test key</source>
        <translation>Schlüssel testen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="119"/>
        <location filename="../ui/settingsdialog.ui" line="206"/>
        <location filename="../ui/settingsdialog.ui" line="293"/>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="256"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="145"/>
        <source>Segmind</source>
        <translation>Segmind</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="160"/>
        <source>Paste your Segmind API key</source>
        <translation>Fügen Sie Ihren Segmind-API-Schlüssel ein</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="183"/>
        <source>Check the key with a free request to Segmind</source>
        <translation>Schlüssel mit einer kostenlosen Anfrage an Segmind prüfen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="232"/>
        <source>Freepik</source>
        <translation>Freepik</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="247"/>
        <source>Paste your Freepik API key</source>
        <translation>Fügen Sie Ihren Freepik-API-Schlüssel ein</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="270"/>
        <source>Check the key with a free request to Freepik</source>
        <translation>Schlüssel mit einer kostenlosen Anfrage an Freepik prüfen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="329"/>
        <source>When no keychain is available, keep keys for this session only</source>
        <translation>Ohne verfügbaren Schlüsselbund Schlüssel nur für diese Sitzung aufbewahren</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="350"/>
        <source>Jobs &amp;&amp; costs</source>
        <translation>Aufträge &amp;&amp; Kosten</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="371"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="386"/>
        <source>&amp;Jobs at the same time:</source>
        <translation>&amp;Gleichzeitige Aufträge:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="396"/>
        <source>How many runs may be in progress at once, over all providers</source>
        <translation>Wie viele Durchläufe gleichzeitig laufen dürfen, über alle Anbieter hinweg</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="403"/>
        <source>&amp;Per provider:</source>
        <translation>&amp;Pro Anbieter:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="413"/>
        <source>How many runs may be in progress at once at one provider</source>
        <translation>Wie viele Durchläufe bei einem Anbieter gleichzeitig laufen dürfen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="420"/>
        <source>&amp;Longest side of uploads:</source>
        <translation>&amp;Längste Seite beim Hochladen:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="430"/>
        <source>Larger sketches are scaled down before they are sent (the model&apos;s own limit may be lower)</source>
        <translation>Größere Skizzen werden vor dem Senden verkleinert (die Grenze des Modells kann niedriger sein)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="433"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="446"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="461"/>
        <source>&amp;Ask before runs costing more than</source>
        <translation>&amp;Nachfragen bei Durchläufen teurer als</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="468"/>
        <location filename="../ui/settingsdialog.ui" line="497"/>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="481"/>
        <source>&amp;Daily budget:</source>
        <translation>&amp;Tagesbudget:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="491"/>
        <source>Runs that would go over this amount in one day are held until you confirm them</source>
        <translation>Durchläufe, die diesen Betrag an einem Tag überschreiten würden, werden bis zu Ihrer Bestätigung zurückgehalten</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="494"/>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="160"/>
        <source>%1 API key</source>
        <translation>%1-API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="162"/>
        <source>Get a key</source>
        <translation>Schlüssel erhalten</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="163"/>
        <source>Create a %1 API key: %2</source>
        <translation>%1-API-Schlüssel erstellen: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="170"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="196"/>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="253"/>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="240"/>
        <source>Paste your %1 API key</source>
        <translation>Fügen Sie Ihren %1-API-Schlüssel ein</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="260"/>
        <source>Stored in the system keychain</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="263"/>
        <source>Kept for this session only: no keychain service is available</source>
        <translation>Nur für diese Sitzung aufbewahrt: Kein Schlüsselbunddienst verfügbar</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="267"/>
        <source>From the environment variable %1 (read-only)</source>
        <translation>Aus der Umgebungsvariablen %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="269"/>
        <source>Unset %1 to store a key here instead.</source>
        <translation>Entfernen Sie %1, um stattdessen hier einen Schlüssel zu speichern.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="287"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="364"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="432"/>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="445"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="452"/>
        <source>no keychain service is available</source>
        <translation>kein Schlüsselbunddienst verfügbar</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="493"/>
        <source>No keychain service is available, so the %1 key will be forgotten when the app quits. Enter it again next time, or set it in the environment (%2).</source>
        <translation>Es ist kein Schlüsselbunddienst verfügbar, daher wird der %1-Schlüssel beim Beenden der App verworfen. Geben Sie ihn beim nächsten Mal erneut ein oder setzen Sie ihn in der Umgebung (%2).</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="497"/>
        <source>No keychain service is available, so the %1 keys will be forgotten when the app quits. Enter them again next time, or set them in the environment (%2).</source>
        <translation>Es ist kein Schlüsselbunddienst verfügbar, daher werden die Schlüssel für %1 beim Beenden der App verworfen. Geben Sie sie beim nächsten Mal erneut ein oder setzen Sie sie in der Umgebung (%2).</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/settingsdialog.cpp" line="502"/>
        <source>Some keys could not be saved; see the messages above.</source>
        <translation>Einige Schlüssel konnten nicht gespeichert werden; siehe die Meldungen oben.</translation>
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
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="155"/>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="159"/>
        <source>Open another sketch (Ctrl+O)</source>
        <translation>Andere Skizze öffnen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="164"/>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="168"/>
        <source>Remove the sketch</source>
        <translation>Skizze entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="202"/>
        <source>%1 — linked image, sent as a link</source>
        <translation>%1 – verlinktes Bild, wird als Link gesendet</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="212"/>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="236"/>
        <source>Cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/sketchcanvas.cpp" line="273"/>
        <source>%1 — %2 × %3 px · %4</source>
        <translation>%1 – %2 × %3 px · %4</translation>
    </message>
</context>
<context>
    <name>StatusBarWidgets</name>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="34"/>
        <source>What the runs since the app started cost</source>
        <translation>Was die Durchläufe seit dem Start der App gekostet haben</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="37"/>
        <source>What today&apos;s runs cost, including earlier sessions</source>
        <translation>Was die heutigen Durchläufe gekostet haben, einschließlich früherer Sitzungen</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="73"/>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="74"/>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="88"/>
        <source>%1: key present, the last call worked. Click for settings.</source>
        <translation>%1: Schlüssel vorhanden, der letzte Aufruf war erfolgreich. Klicken für Einstellungen.</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="92"/>
        <source>%1: the last call failed. Click for settings.</source>
        <translation>%1: Der letzte Aufruf ist fehlgeschlagen. Klicken für Einstellungen.</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarwidgets.cpp" line="97"/>
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
    <name>StudioSession</name>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="85"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="109"/>
        <source>No API key for %1. %2</source>
        <translation>Kein API-Schlüssel für %1. %2</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="175"/>
        <source>Unknown provider “%1”.</source>
        <translation>Unbekannter Anbieter „%1“.</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="232"/>
        <source>Add it in Edit ▸ Settings… ▸ Keys, or set %1 in the environment.</source>
        <translation>Fügen Sie ihn unter Bearbeiten ▸ Einstellungen… ▸ API-Schlüssel hinzu oder setzen Sie %1 in der Umgebung.</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="344"/>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="344"/>
        <source>looking for the key…</source>
        <translation>Schlüssel wird gesucht…</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="346"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="348"/>
        <source>the last call failed</source>
        <translation>der letzte Aufruf ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="404"/>
        <source>Choose a model first.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="415"/>
        <source>Nothing was sent. %1</source>
        <translation>Es wurde nichts gesendet. %1</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="464"/>
        <source>The model %1 is not in the catalog.</source>
        <translation>Das Modell %1 ist nicht im Katalog.</translation>
    </message>
    <message>
        <location filename="../src/core/session/studiosession.cpp" line="653"/>
        <source>The result could not be added to the history: %1</source>
        <translation>Das Ergebnis konnte nicht zum Verlauf hinzugefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/app/commandline.cpp" line="38"/>
        <source>Turn rough sketches into finished images with cloud reimagine models.</source>
        <translation>Verwandelt grobe Skizzen mit Reimagine-Modellen in der Cloud in fertige Bilder.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="25"/>
        <source>Save a picture of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Ein Bild des Fensters in &lt;file&gt; speichern, sobald es angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="27"/>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Fenstergröße, z. B. 1280x800.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="28"/>
        <source>Select the model &lt;id&gt; at start.</source>
        <translation>Beim Start das Modell &lt;id&gt; auswählen.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="29"/>
        <source>Load &lt;file&gt; as the sketch at start.</source>
        <translation>Beim Start &lt;file&gt; als Skizze laden.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="30"/>
        <source>Load the bundled sample sketch at start.</source>
        <translation>Beim Start die mitgelieferte Beispielskizze laden.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="32"/>
        <source>Open the Advanced section of the form (for screenshots).</source>
        <translation>Den Bereich „Erweitert“ des Formulars öffnen (für Screenshots).</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="33"/>
        <source>Start with &lt;text&gt; as the prompt.</source>
        <translation>Mit &lt;text&gt; als Prompt starten.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="35"/>
        <source>Start in compare mode with the models &lt;ids&gt; (comma-separated).</source>
        <translation>Im Vergleichsmodus mit den Modellen &lt;ids&gt; starten (kommagetrennt).</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="46"/>
        <source>A sketch to open.</source>
        <translation>Eine zu öffnende Skizze.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="76"/>
        <source>--size expects WIDTHxHEIGHT, e.g. 1280x800.</source>
        <translation>--size erwartet BREITExHÖHE, z. B. 1280x800.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="82"/>
        <source>Unknown model: %1</source>
        <translation>Unbekanntes Modell: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="105"/>
        <source>Cannot save the screenshot to %1.</source>
        <translation>Der Screenshot kann nicht unter %1 gespeichert werden.</translation>
    </message>
</context>
</TS>
