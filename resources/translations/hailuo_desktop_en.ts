<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ClipPreview</name>
    <message numerus="yes">
        <source>Next check in %n s.</source>
        <translation>
            <numerusform>Next check in %n s.</numerusform>
            <numerusform>Next check in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message numerus="yes">
        <source>%n problem(s) so far.</source>
        <translation>
            <numerusform>%n problem so far.</numerusform>
            <numerusform>%n problems so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message numerus="yes">
        <source>Removed %n video(s) from the list; {files} moved to the system trash. Press Ctrl+Z to bring them back.</source>
        <translation>
            <numerusform>Removed %n video from the list; {files} moved to the system trash. Press Ctrl+Z to bring them back.</numerusform>
            <numerusform>Removed %n videos from the list; {files} moved to the system trash. Press Ctrl+Z to bring them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n video(s) from the list. Press Ctrl+Z to bring them back.</source>
        <translation>
            <numerusform>Removed %n video from the list. Press Ctrl+Z to bring it back.</numerusform>
            <numerusform>Removed %n videos from the list. Press Ctrl+Z to bring them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back %n video(s).</source>
        <translation>
            <numerusform>Brought back %n video.</numerusform>
            <numerusform>Brought back %n videos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n video(s) from list…</source>
        <translation>
            <numerusform>Remove %n video from list…</numerusform>
            <numerusform>Remove %n videos from list…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compare (%n)</source>
        <translation>
            <numerusform>Compare (%n)</numerusform>
            <numerusform>Compare (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n failed…</source>
        <translation>
            <numerusform>Remove all %n failed…</numerusform>
            <numerusform>Remove all %n failed…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceLabel</name>
    <message numerus="yes">
        <source>%n take(s) {price}</source>
        <translation>
            <numerusform>%n take {price}</numerusform>
            <numerusform>%n takes {price}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message numerus="yes">
        <source>Remove %n video(s) from the list?</source>
        <translation>
            <numerusform>Remove %n video from the list?</numerusform>
            <numerusform>Remove %n videos from the list?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) still being made at the service will keep running there and may still be charged. The app stops following them, so a clip that finishes is not saved.</source>
        <translation>
            <numerusform>%n video still being made at the service will keep running there and may still be charged. The app stops following it, so the clip, if it finishes, is not saved.</numerusform>
            <numerusform>%n videos still being made at the service will keep running there and may still be charged. The app stops following them, so a clip that finishes is not saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) may have started at the service and been charged; the app stops looking for them.</source>
        <translation>
            <numerusform>%n video may have started at the service and been charged; the app stops looking for it.</numerusform>
            <numerusform>%n videos may have started at the service and been charged; the app stops looking for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also move the saved video file(s) and their .json to the system trash</source>
        <translation>
            <numerusform>Also move the saved video file and its .json to the system trash</numerusform>
            <numerusform>Also move the saved video files and their .json to the system trash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendGate</name>
    <message numerus="yes">
        <source>This starts %n paid generation(s); their price is unknown. Start them?</source>
        <translation>
            <numerusform>This starts %n paid generation; its price is unknown. Start it?</numerusform>
            <numerusform>This starts %n paid generations; their price is unknown. Start them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This starts %n paid generation(s), about {price}. Start them? Your balance ({balance}) may not cover all of them.</source>
        <translation>
            <numerusform>This starts %n paid generation, about {price}. Start it? Your balance ({balance}) may not cover it.</numerusform>
            <numerusform>This starts %n paid generations, about {price}. Start them? Your balance ({balance}) may not cover all of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This starts %n paid generation(s), about {price}. Start them?</source>
        <translation>
            <numerusform>This starts %n paid generation, about {price}. Start it?</numerusform>
            <numerusform>This starts %n paid generations, about {price}. Start them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start %n video(s)?</source>
        <translation>
            <numerusform>Start %n video?</numerusform>
            <numerusform>Start %n videos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start %n video(s)</source>
        <translation>
            <numerusform>Start %n video</numerusform>
            <numerusform>Start %n videos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendView</name>
    <message numerus="yes">
        <source>{credits} spent on %n video(s)</source>
        <translation>
            <numerusform>{credits} spent on one video</numerusform>
            <numerusform>{credits} spent on %n videos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <source>%Ln video(s)</source>
        <translation>
            <numerusform>%Ln video</numerusform>
            <numerusform>%Ln videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln shown</source>
        <translation>
            <numerusform>{shown} of %Ln shown</numerusform>
            <numerusform>{shown} of %Ln shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln done</numerusform>
            <numerusform>%Ln done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>%Ln running</numerusform>
            <numerusform>%Ln running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unconfirmed</source>
        <translation>
            <numerusform>%Ln unconfirmed</numerusform>
            <numerusform>%Ln unconfirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to check later</source>
        <translation>
            <numerusform>%Ln to check later</numerusform>
            <numerusform>%Ln to check later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gone from the service</source>
        <translation>
            <numerusform>%Ln gone from the service</numerusform>
            <numerusform>%Ln gone from the service</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskLimits</name>
    <message numerus="yes">
        <source>Settings allow %n video(s) at once, fewer than the {asked} asked for. Ask for fewer, or raise the limit in Settings.</source>
        <translation>
            <numerusform>Settings allow %n video at once, fewer than the {asked} asked for. Ask for fewer, or raise the limit in Settings.</numerusform>
            <numerusform>Settings allow %n videos at once, fewer than the {asked} asked for. Ask for fewer, or raise the limit in Settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) already being made, the most Settings allow at once. Wait for one to finish, or raise the limit in Settings.</source>
        <translation>
            <numerusform>%n video is already being made, the most Settings allow at once. Wait for it to finish, or raise the limit in Settings.</numerusform>
            <numerusform>%n videos are already being made, the most Settings allow at once. Wait for one to finish, or raise the limit in Settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) already being made; {asked} more would pass the {most} Settings allow at once. Wait, ask for fewer, or raise the limit in Settings.</source>
        <translation>
            <numerusform>%n video is already being made; {asked} more would pass the {most} Settings allow at once. Wait, ask for fewer, or raise the limit in Settings.</numerusform>
            <numerusform>%n videos are already being made; {asked} more would pass the {most} Settings allow at once. Wait, ask for fewer, or raise the limit in Settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackingText</name>
    <message numerus="yes">
        <source>%n unfinished video(s)</source>
        <translation>
            <numerusform>%n unfinished video</numerusform>
            <numerusform>%n unfinished videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tracking {videos} · next check in %n s.</source>
        <translation>
            <numerusform>Tracking {videos} · next check in %n s.</numerusform>
            <numerusform>Tracking {videos} · next check in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>trying again in %n s</source>
        <translation>
            <numerusform>trying again in %n s</numerusform>
            <numerusform>trying again in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service is busy: trying again in %n s.</source>
        <translation>
            <numerusform>The service is busy: trying again in %n s.</numerusform>
            <numerusform>The service is busy: trying again in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: can&apos;t reach the service. Trying again in %n s.</source>
        <translation>
            <numerusform>Offline: can&apos;t reach the service. Trying again in %n s.</numerusform>
            <numerusform>Offline: can&apos;t reach the service. Trying again in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service had a problem answering: trying again in %n s.</source>
        <translation>
            <numerusform>The service had a problem answering: trying again in %n s.</numerusform>
            <numerusform>The service had a problem answering: trying again in %n s.</numerusform>
        </translation>
    </message>
</context>
</TS>
