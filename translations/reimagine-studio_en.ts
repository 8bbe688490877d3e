<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BlindJudgeDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/dialogs/blindjudgedialog.cpp" line="+293"/>
        <source>%1. %2: %n win(s)</source>
        <translation>
            <numerusform>%1. %2: %n win</numerusform>
            <numerusform>%1. %2: %n wins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message numerus="yes">
        <location filename="../src/gui/comparecontroller.cpp" line="+104"/>
        <source>This comparison of %n model(s)</source>
        <translation>
            <numerusform>This comparison of %n model</numerusform>
            <numerusform>This comparison of %n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Comparing %n model(s)…</source>
        <translation>
            <numerusform>Comparing %n model…</numerusform>
            <numerusform>Comparing %n models…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+168"/>
        <source>This rerun of %n model(s) with seed %1</source>
        <translation>
            <numerusform>This rerun of %n model with seed %1</numerusform>
            <numerusform>This rerun of %n models with seed %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Running %n more model(s) in this comparison…</source>
        <translation>
            <numerusform>Running %n more model in this comparison…</numerusform>
            <numerusform>Running %n more models in this comparison…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message numerus="yes">
        <location filename="../src/gui/panels/comparesetup.cpp" line="+487"/>
        <source>%n setting(s) changed</source>
        <translation>
            <numerusform>%n setting changed</numerusform>
            <numerusform>%n settings changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%1 + %n unpriced</source>
        <translation>
            <numerusform>%1 + %n unpriced</numerusform>
            <numerusform>%1 + %n unpriced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n model(s), same sketch, prompt and seed.</source>
        <translation>
            <numerusform>%n model, same sketch, prompt and seed.</numerusform>
            <numerusform>%n models, same sketch, prompt and seed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostLedger</name>
    <message numerus="yes">
        <location filename="../src/core/session/costledger.cpp" line="+70"/>
        <source>about %1 + %n run(s) of unknown price</source>
        <translation>
            <numerusform>about %1 + %n run of unknown price</numerusform>
            <numerusform>about %1 + %n runs of unknown price</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <location filename="../src/gui/panels/historypanel.cpp" line="+245"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+321"/>
        <source>Saved %n images</source>
        <translation>
            <numerusform>Saved %n image</numerusform>
            <numerusform>Saved %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Delete this run and its %n image file(s)?</source>
        <translation>
            <numerusform>Delete this run and its %n image file?</numerusform>
            <numerusform>Delete this run and its %n image files?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeaderboardPanel</name>
    <message numerus="yes">
        <location filename="../src/gui/panels/leaderboardpanel.cpp" line="+179"/>
        <source>%n finished run(s)</source>
        <translation>
            <numerusform>%n finished run</numerusform>
            <numerusform>%n finished runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/mainwindowjudging.cpp" line="+159"/>
        <source>This rerun of %n model(s) with seed %1</source>
        <translation>
            <numerusform>This rerun of %n model with seed %1</numerusform>
            <numerusform>This rerun of %n models with seed %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Running %n more model(s) in this comparison…</source>
        <translation>
            <numerusform>Running %n more model in this comparison…</numerusform>
            <numerusform>Running %n more models in this comparison…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message numerus="yes">
        <location filename="../src/gui/modelpanel.cpp" line="+375"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParameterValidator</name>
    <message numerus="yes">
        <location filename="../src/core/schema/parametervalidator.cpp" line="+94"/>
        <source>%1 must be at least %n character(s) long.</source>
        <translation>
            <numerusform>%1 must be at least %n character long.</numerusform>
            <numerusform>%1 must be at least %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 must be at most %n character(s) long (now %2).</source>
        <translation>
            <numerusform>%1 must be at most %n character long (now %2).</numerusform>
            <numerusform>%1 must be at most %n characters long (now %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%1 takes at most %n image(s).</source>
        <translation>
            <numerusform>%1 takes at most %n image.</numerusform>
            <numerusform>%1 takes at most %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 needs at least %n image(s).</source>
        <translation>
            <numerusform>%1 needs at least %n image.</numerusform>
            <numerusform>%1 needs at least %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 takes at most %n item(s).</source>
        <translation>
            <numerusform>%1 takes at most %n item.</numerusform>
            <numerusform>%1 takes at most %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 needs at least %n item(s).</source>
        <translation>
            <numerusform>%1 needs at least %n item.</numerusform>
            <numerusform>%1 needs at least %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetListModel</name>
    <message numerus="yes">
        <location filename="../src/gui/panels/presetspanel.cpp" line="+110"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>exact values for %n model(s)</source>
        <translation>
            <numerusform>exact values for %n model</numerusform>
            <numerusform>exact values for %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetsPanel</name>
    <message numerus="yes">
        <location line="+147"/>
        <source>%n file(s) in the presets folder could not be read and are not listed.</source>
        <translation>
            <numerusform>%n file in the presets folder could not be read and are not listed.</numerusform>
            <numerusform>%n files in the presets folder could not be read and are not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitConfirmation</name>
    <message numerus="yes">
        <location filename="../src/gui/quitconfirmation.cpp" line="+29"/>
        <source>%n job(s) still running.</source>
        <translation>
            <numerusform>%n job still running.</numerusform>
            <numerusform>%n jobs still running.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n job(s) will resume the next time you start Reimagine Studio, without being paid for twice.</source>
        <translation>
            <numerusform>%n job will resume the next time you start Reimagine Studio, without being paid for twice.</numerusform>
            <numerusform>%n jobs will resume the next time you start Reimagine Studio, without being paid for twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n %1 run(s) cannot be followed once the app is closed: the result will be lost, and the provider may still charge for it.</source>
        <translation>
            <numerusform>%n %1 run cannot be followed once the app is closed: the result will be lost, and the provider may still charge for it.</numerusform>
            <numerusform>%n %1 runs cannot be followed once the app is closed: the result will be lost, and the provider may still charge for it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SketchController</name>
    <message numerus="yes">
        <location filename="../src/gui/sketchcontroller.cpp" line="+499"/>
        <source>%n correction(s).</source>
        <translation>
            <numerusform>%n correction.</numerusform>
            <numerusform>%n corrections.</numerusform>
        </translation>
    </message>
</context>
</TS>
