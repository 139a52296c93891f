<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cp::ConflictResolutionDialog</name>
    <message numerus="yes">
        <source>%n page(s) still to resolve.</source>
        <translation>
            <numerusform>%n page still to resolve.</numerusform>
            <numerusform>%n pages still to resolve.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::DiffDocument</name>
    <message numerus="yes">
        <source>⋯ %n unchanged lines</source>
        <translation>
            <numerusform>⋯ %n unchanged line</numerusform>
            <numerusform>⋯ %n unchanged lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ExternalChangesBar</name>
    <message numerus="yes">
        <source>%n pages changed outside Commonplace.</source>
        <translation>
            <numerusform>%n page changed outside Commonplace.</numerusform>
            <numerusform>%n pages changed outside Commonplace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files changed outside Commonplace.</source>
        <translation>
            <numerusform>%n file changed outside Commonplace.</numerusform>
            <numerusform>%n files changed outside Commonplace.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ExternalChangesDialog</name>
    <message numerus="yes">
        <source>Throw away the outside changes to %n files?</source>
        <translation>
            <numerusform>Throw away the outside changes to %n file?</numerusform>
            <numerusform>Throw away the outside changes to %n files?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::HistoryPanel</name>
    <message numerus="yes">
        <source>%n more pages changed, not shown here.</source>
        <translation>
            <numerusform>%n more page changed, not shown here.</numerusform>
            <numerusform>%n more pages changed, not shown here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::IndexBuilder</name>
    <message numerus="yes">
        <source>%n page(s) changed at once; the search index is rebuilt instead.</source>
        <translation>
            <numerusform>%n page changed at once; the search index is rebuilt instead.</numerusform>
            <numerusform>%n pages changed at once; the search index is rebuilt instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::JoinDialog</name>
    <message numerus="yes">
        <source>Receiving the commons: %1, %n object(s)…</source>
        <translation>
            <numerusform>Receiving the commons: %1, %n object…</numerusform>
            <numerusform>Receiving the commons: %1, %n objects…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::PageRenamer</name>
    <message numerus="yes">
        <source>Rename %1 to %2 and update %n link(s)</source>
        <translation>
            <numerusform>Rename %1 to %2 and update %n link</numerusform>
            <numerusform>Rename %1 to %2 and update %n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::PassphraseDialog</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::RelativeTime</name>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::RenamePageCommand</name>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n pages</source>
        <translation>
            <numerusform>in %n page</numerusform>
            <numerusform>in %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed “%1” and updated the links in %n pages.</source>
        <translation>
            <numerusform>Renamed “%1” and updated the links in %n page.</numerusform>
            <numerusform>Renamed “%1” and updated the links in %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ReviewPanel</name>
    <message numerus="yes">
        <source>%1: %n change(s)%2</source>
        <translation>
            <numerusform>%1: %n change%2</numerusform>
            <numerusform>%1: %n changes%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ReviewViews</name>
    <message numerus="yes">
        <source>%n change(s) from peers wait for your review</source>
        <translation>
            <numerusform>%n change from peers waits for your review</numerusform>
            <numerusform>%n changes from peers wait for your review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::SyncStatus</name>
    <message numerus="yes">
        <source>Transferring changes: %1, %n object(s)</source>
        <translation>
            <numerusform>Transferring changes: %1, %n object</numerusform>
            <numerusform>Transferring changes: %1, %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peers online</source>
        <translation>
            <numerusform>%n peer online</numerusform>
            <numerusform>%n peers online</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::cli</name>
    <message numerus="yes">
        <source>Synced with %n peer(s).</source>
        <translation>
            <numerusform>Synced with %n peer.</numerusform>
            <numerusform>Synced with %n peers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s):</source>
        <translation>
            <numerusform>%n peer:</numerusform>
            <numerusform>%n peers:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::node::Node</name>
    <message numerus="yes">
        <source>announcing on %n interface(s) to UDP port %1</source>
        <translation>
            <numerusform>announcing on %n interface to UDP port %1</numerusform>
            <numerusform>announcing on %n interfaces to UDP port %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) found on this network</source>
        <translation>
            <numerusform>%n peer found on this network</numerusform>
            <numerusform>%n peers found on this network</numerusform>
        </translation>
    </message>
</context>
</TS>
