<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hailuo Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make short AI videos with the Hailuo models on AceData Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU Lesser General Public License, version 3 or later (see the LICENSE file). It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AceData Cloud console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy support info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountFlow</name>
    <message>
        <source>Paste a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token could not be stored on this computer. Unlock your keychain, or check the config folder&apos;s permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token could not be removed: unlock your keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your platform token comes from the ACEDATACLOUD_PLATFORM_TOKEN environment variable: change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a platform token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your platform token could not be stored on this computer. Unlock your keychain, or check the config folder&apos;s permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform token saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your platform token could not be removed: unlock your keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform token removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Your video is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video could not be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceButton</name>
    <message>
        <source>Add a platform token to see your balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a platform token to see your balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance needs your AceData platform token. Click to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking AceData for your balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sentence} Click to open the AceData console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sentence} Click to top up in the AceData console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceText</name>
    <message>
        <source>{total} left for Hailuo; your general balance ({general}) is kept out by the Hailuo application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} left for Hailuo: {hailuo} on the Hailuo application and {general} in your general balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a platform token to see your balance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraMoveChips</name>
    <message>
        <source>Camera moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each button writes its camera move into the prompt at the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera moves — up to three in one bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{description} Writes {move} into the prompt at the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to three camera moves can combine in one bracket. Start a new one after this bracket, or remove a move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bracket already has {move}. Each move can be in a bracket once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pedestal up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pedestal down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilt up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilt down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera slides sideways to the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera slides sideways to the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera turns to the left from where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera turns to the right from where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera moves closer to the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera moves back, away from the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera rises straight up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera lowers straight down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera tips to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera tips to look down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lens zooms in: the subject grows while the camera stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lens zooms out to show more, while the camera stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture shakes, like a handheld camera or a tremor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera follows the subject as it moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera stays still.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipPreview</name>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service about your unfinished videos now, without waiting for the next check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next check in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{state}… {elapsed}
The clip plays here as soon as it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare clips — Hailuo Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous frame (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame (.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in every clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop: play the clips again and again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause all (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play all (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>The video link has expired or no longer exists. Retry to fetch a fresh link, or generate the video again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was interrupted. Check your internet connection and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video link is not a web (http or https) link, so it was not downloaded. Copy the link and check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the video could not be saved. Free some space and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library folder can&apos;t be written, so the video could not be saved. Choose another folder in Settings and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video could not be written to disk. Check the library folder and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video link redirects too many times. Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video server had a problem (HTTP {status}). Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video server refused the download (HTTP {status}). Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video server sent a part of the file it did not describe. Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video server sent the wrong part of the file. Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video is too large to save here ({size} MB; the limit is {limit} MB). Open its link in a browser instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video is too large to save here (over {limit} MB). Open its link in a browser instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved video is no longer in the library folder (moved or deleted). Use “Save again” to download it again from its link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video was saved, but the .json file beside it that records where it came from could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: {reason}. The app keeps trying by itself, also after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the video server had a problem (HTTP {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the video server is busy (HTTP {status})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message numerus="yes">
        <source>%n problem(s) so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Something went wrong inside Hailuo Desktop. Your tasks are safe; you can keep working. If it happens again, copy the report below and send it to us.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The copy could not be saved: {error}. Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: {error}. Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstFrameField</name>
    <message>
        <source>https://… link to a picture, or drop or paste one (for image models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture the video starts from.
Paste or type a link, drag a picture here from a web page or a file manager, paste a screenshot (Ctrl+V), or choose a file with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the image models use a first frame. This link is kept but not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop or paste a picture, choose one with Browse…, or paste a link to one on the web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link looks right. It is sent as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is still being uploaded. Press Generate again once it is done, or cancel the upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload was cancelled: nothing was sent. Choose a picture again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First frame image link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture on this computer (JPEG, PNG or WebP, up to 20 MB). It is uploaded to your AceData account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a first frame picture on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the first frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 to your AceData account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, uploaded · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture can&apos;t be shown here ({error}). Use a PNG, JPEG or WebP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted picture.png</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameUpload</name>
    <message>
        <source>Upload progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending this picture. Nothing is generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add platform token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a platform token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures from this computer are uploaded to your AceData account, which needs a platform token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures from this computer can&apos;t be uploaded in this session. Paste a link to the picture instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frames</name>
    <message>
        <source>The video file {name} is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a folder, not a video file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is not allowed to read {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged or is not a video file this app can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no pictures in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no video in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Your videos, as a gallery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateForm</name>
    <message>
        <source>Which Hailuo model makes the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the video: the scene, the action, the light, the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the video should show. Ctrl+Enter generates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a sample picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo only: fill in a picture served by the built-in simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many videos to make from this prompt at once, to pick the best. Each one is a paid generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start making this video (Ctrl+Enter). Each video uses credits from your AceData account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be checked (see the first frame). Press Generate again to send the link anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} / {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>AceData&apos;s status page shows Hailuo in a partial outage. Generate anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AceData&apos;s status page shows Hailuo in a major outage. Generate anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AceData&apos;s status page shows Hailuo in a partial outage: {figures}. Generate anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AceData&apos;s status page shows Hailuo in a major outage: {figures}. Generate anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hailuo is working normally at AceData.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hailuo is failing more often than usual at AceData.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hailuo is in a partial outage at AceData.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hailuo is in a major outage at AceData.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hailuo is working normally at AceData: {figures}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hailuo is failing more often than usual at AceData: {figures}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hailuo is in a partial outage at AceData: {figures}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hailuo is in a major outage at AceData: {figures}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{succeeded} of {requests} requests succeeded in the last {hours} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{succeeded} of {requests} requests succeeded in the last {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hailuo&apos;s status is unknown: AceData&apos;s status page has no recent figures for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked for legal reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is larger than {most} MB. Use a smaller picture (the service takes up to {most} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That link opens a web page, not an image. Right-click the picture and copy the image address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image link sent back nothing. Check the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a valid web address. Check the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image link forwards to an address that can&apos;t be used. Copy the picture&apos;s final address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image link forwards to other addresses too many times. Copy the picture&apos;s final address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image server answered {code} (server error). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image link answered {code} ({words}). Check the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it took too long to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the website name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its security certificate was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server broke off the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a damaged answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t reach that link ({reason}). Check your connection or the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image link forwards to an address that is not a web link, which can&apos;t be used. Copy the picture&apos;s final address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image link forwards to a {scheme}: address, which can&apos;t be used. Copy the picture&apos;s final address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That link is a drawing (SVG), not a photo-like picture. Use a PNG, JPEG or WebP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That link doesn&apos;t lead to a picture the service can use (it sent {kind}). Use a PNG, JPEG or WebP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryFilters</name>
    <message>
        <source>Search prompts, task or trace ids (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the videos whose prompt holds every word typed, in any case and with or without accents. A task id or trace id finds its video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show videos in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show videos made with this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show videos started in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show starred videos only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No videos match these filters: {filters}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryFolder</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder cannot be found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a file, not a folder. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos can&apos;t be saved in this folder ({error}). Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library folder {folder} can&apos;t be written: {reason}. Choose another folder in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partly downloaded file disappeared before it was complete. Retry the download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download stopped early ({size} of {expected} bytes). Retry the download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent something that is not an MP4 video, so it was not saved. Retry later, or open the link in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Find videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all takes of this shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your videos as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your videos as a gallery of stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the selected finished videos side by side, or the takes of the selected shot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n video(s) from the list; {files} moved to the system trash. Press Ctrl+Z to bring them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n video(s) from the list. Press Ctrl+Z to bring them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back %n video(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove star</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n video(s) from list…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compare (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Play these clips side by side, in step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two to four finished videos, or one take of a shot, to compare them side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n failed…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryText</name>
    <message>
        <source>Nothing was removed: the task list could not be written ({reason}). Check that the data folder is writable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The star could not be saved: the task list could not be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The star is kept in the app, but the .json file beside the clip could not be updated: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the list, but {reason}; the file is still in your library folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The videos are back in the list, but {reason}. Restore it from the system trash, or save the video again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The videos could not be brought back: the task list could not be written ({reason}). Try Undo again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkProbe</name>
    <message>
        <source>Couldn&apos;t check the image because of an unexpected error. The link can still be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image link sent back nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>The service accepts image links only, not images embedded in the link (data: URLs). Upload the picture somewhere public and paste its link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file&apos;s address can&apos;t be sent as a link. To use a picture from this computer, drop the file here, paste the picture, or choose it with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a piece of script, not a link. Paste a link that starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That link only exists inside your browser (blob:). Open the picture on its own and copy its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link must start with https:// or http:// — copy the full image address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has no website name after the https://. Copy the full image address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is text, not a link. Paste the address of a picture on the web, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has a space or line break inside it. Paste just one link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a valid web link. Copy the image address again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That can&apos;t be used as a first frame: drop a link or an image from a web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only web links (https:// or http://) can be used, not {scheme}: links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link starts with “{scheme}:” — did you mean “https:”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link starts with “{start}” — did you mean “https://”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO — videos come from the built-in simulator: no account, no credits, and the clips are test patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You seem to be offline: the service can&apos;t be reached. Your videos are safe; checking resumes by itself when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service about your unfinished videos now, without waiting for the next check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;pend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hailuo Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AceData Cloud API token is set, so videos can&apos;t be made yet. Try the demo, or add your token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your AceData Cloud token or try the demo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — videos come from the built-in simulator: no account, no credits. The clips are test patterns, saved apart from your videos in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hailuo Desktop — DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The service did not accept your API token. Check it in Settings, or create a new one in the AceData Cloud console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your API token has expired. Create a new one in the AceData Cloud console and paste it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token was sent. Add your AceData Cloud token in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is for another AceData service, not Hailuo. Use a global token or one created for Hailuo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token for another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your AceData Cloud balance is too low for this video. Top up in the console, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service turned this request away: it is getting too many right now. Nothing was made or charged. Wait a minute, then press Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your AceData application has been disabled. Contact AceData Cloud support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service address is wrong: it has no Hailuo API. Check the address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong service address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had an internal error. You can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the request as it stands. Check the prompt and the first-frame link, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused this request, which can happen when a prompt or image breaks its content rules. Change it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model is unavailable at the service right now; nothing was charged. Try again in a few minutes or pick another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service could not make this video. Edit the prompt or first frame and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke after the request was sent, so the service may have started this video and charged for it. The app is looking for it among your tasks at the service and will follow it if it is there. Nothing is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered, but not in a way the app can read, so it may have started this video and charged for it. The app is looking for it among your tasks at the service and will follow it if it is there. Nothing is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke after the request was sent. The app looked for this video among your tasks at the service and did not find it, so it was most likely never started. Check the AceData Cloud console before trying again: a task there was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service says this video is done, but its link is not a web (http or https) link, so the app will not open or save it. Copy the support info and send it to AceData support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service sent an answer the app cannot read. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t reach the service. Check your internet connection; nothing was sent or charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video is taking unusually long. It may still finish at the service: use Check again to ask once more later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service no longer knows this video: it may have been deleted in the AceData Cloud console. The app stopped asking about it; Check again asks once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your task list could not be saved on disk, so this video was not sent. Check that the disk has free space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: disk problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Text → Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe a scene and the model films it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image → Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a picture to life: it becomes the first frame of the clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image → Video, director mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like Image → Video, with camera moves written in the prompt, e.g. [Pan left] or [Push in].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>{title}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureRules</name>
    <message>
        <source>Windows icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty. Pick another picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture the service takes. Use a JPEG, PNG or WebP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture&apos;s size can&apos;t be read from the file, so it may be damaged. Open it and save it again, or pick another picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is a {kind} file, which the service does not take. Save it as JPEG, PNG or WebP, or pick another picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not there any more. Pick it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a picture. Pick a picture file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You don&apos;t have permission to read this file. Pick another picture, or change the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file can&apos;t be read ({error}). Check that it is still there, then pick it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is {size} MB; the service takes up to 20 MB. Save it smaller (or as JPEG), or pick another picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is {width} × {height} pixels; the service needs at least {least} pixels on the short side. Use a larger picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is {width} × {height} pixels, taller than the service takes (2:5 at most). Crop it to a wider shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is {width} × {height} pixels, wider than the service takes (5:2 at most). Crop it to a taller shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformCheckText</name>
    <message>
        <source>Your platform token works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AceData did not accept this platform token: platform tokens start with &quot;platform-v1-&quot; (the API token goes in the other field), so copy one from {page}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a platform token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your platform token works ({who}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformText</name>
    <message>
        <source>Something went wrong on AceData&apos;s platform; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs your AceData platform token, which is not the API token: add it in Settings (create one at {page}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AceData&apos;s platform is busy (HTTP 429); try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AceData&apos;s platform refused the request (HTTP {status}); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AceData did not accept your platform token: copy it again, or create a new one at {page}, and paste it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AceData refused this for your account (permission denied): check that the platform token in Settings is your own, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AceData&apos;s platform had a problem (HTTP {status}); try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is larger than {most} MB, the most AceData takes: use a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AceData&apos;s platform took too long to answer; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t reach AceData&apos;s platform: check your internet connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AceData&apos;s platform sent an answer the app cannot read; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read to the end while it was being sent: check that it is still there and unchanged, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformTokenSection</name>
    <message>
        <source>Platform token (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A platform token lets the app upload pictures from this computer and show your balance and what each video cost. It can spend money on your whole AceData account, so keep it private; without it, paste links to pictures instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your platform token comes from the ACEDATACLOUD_PLATFORM_TOKEN environment variable; it overrides the one saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove platform token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the platform token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask AceData who this token belongs to. Changes nothing and costs nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your platform token is stored in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform token is saved. One you add is stored in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change platform token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add platform token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking AceData…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove your platform token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the saved platform token from this computer? Uploads, the balance and costs stop until you add one again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformWiring</name>
    <message>
        <source>This clip is not saved on this computer yet: its frames come from the file. Try again once it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the last frame of the clip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the frame on screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the request as a curl command; it reads your token from $ACEDATACLOUD_API_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a platform token to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, made {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{prompt}”, made {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <source>Select a finished video to watch it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in system player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left and right arrows move a little, Page Up and Page Down a tenth of the clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop: play the clip again and again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this frame for the next shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next shot from the frame on screen: it becomes the first frame of a new image → video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F or Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerText</name>
    <message>
        <source>Video playback isn&apos;t available on this computer: Qt&apos;s multimedia support is missing. Open the clip in your system player instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clip can&apos;t be played here: the file is missing or couldn&apos;t be read. Open it in your system player instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clip can&apos;t be played here: the file is damaged or not a video. Open it in your system player instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clip couldn&apos;t be streamed: the connection failed or the link has expired. Check your connection, or open it in your system player.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clip can&apos;t be played here: access to it was refused. Open it in your system player instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clip couldn&apos;t be loaded from its link: it may have expired, or the server refused it. Open it in your system player, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clip can&apos;t be played here. Open it in your system player instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceLabel</name>
    <message>
        <source>price unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price can&apos;t be worked out now: AceData&apos;s price rules could not be read, or none fits this request. The app never guesses; AceData charges by its own rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n take(s) {price}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>By AceData&apos;s published price rules: {each} for each video, charged only when it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>price unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; {credits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ {credits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{price} ({takes} × {each})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <source>Remove “{prompt}” from the list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n video(s) from the list?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) still being made at the service will keep running there and may still be charged. The app stops following them, so a clip that finishes is not saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) may have started at the service and been charged; the app stops looking for them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings back what you remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Also move the saved video file(s) and their .json to the system trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stop following and remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>Save to library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try saving now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these settings again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue from last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for it at the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy task id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy trace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendGate</name>
    <message>
        <source>Your Hailuo balance is {balance}, less than one video costs ({price}). Top up in the AceData console (click the balance below), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AceData said your balance was used up at the last try. Top up in the console, then press Generate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hailuo is having trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This starts %n paid generation(s); their price is unknown. Start them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This starts %n paid generation(s), about {price}. Start them? Your balance ({balance}) may not cover all of them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This starts %n paid generation(s), about {price}. Start them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start %n video(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start %n video(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceStatusLabel</name>
    <message>
        <source>operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hailuo&apos;s status at AceData has not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sentence} AceData&apos;s status page, as of {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service status: {words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Can&apos;t open your task list: {error}. Check that the data folder is writable, then restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where finished videos are saved. Empty: the default folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save each finished video to this folder by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me when a video is ready or has failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check unfinished videos every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking a video after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.acedata.cloud (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACEDATACLOUD_API_BASE_URL is set and overrides this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. https://example.com/hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service also sends each finished result to this address. The app keeps checking by itself either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos made at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows the next time Hailuo Desktop starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying this folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder could not be tried. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos will be saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder will be made when the first video is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsRules</name>
    <message>
        <source>Choose between 2 and 60 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between 5 and 240 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between 1 and 10 videos at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume goes from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a window&apos;s place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has no translation in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text has control characters inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address has no spaces or line breaks inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not valid. Check it, or copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port number after the colon is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a full address that starts with https://, e.g. https://api.acedata.cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave user names and passwords out of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service address ends at its path: remove the part from ? or #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https:// so nothing travels unencrypted. Plain http:// is only allowed for this computer (localhost or 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder name cannot contain line breaks or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a full folder path, for example with Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Your settings could not be saved ({error}); they apply until you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendText</name>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a platform token to see what each video cost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendView</name>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From AceData&apos;s spend log: each video is matched to its charge by its trace id. Failed videos are not charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits spent by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits spent by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask AceData&apos;s spend log again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save one line per video, with its cost, for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{credits} spent on %n video(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No charges found yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the spend as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>No videos yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln video(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unconfirmed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to check later</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gone from the service</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportInfo</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: {label} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the service gave no id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: {label} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service said: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download ({state}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service status: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskCells</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… {size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{take} · {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred: a keeper. Click, or press S, to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click, or press S, to star this take as a keeper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service said: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDetails</name>
    <message>
        <source>Update token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings to change your API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the AceData Cloud console to add credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the same request again. It uses credits if it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open console…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your tasks and what they cost in the AceData Cloud console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First frame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these settings again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this prompt, model and first frame back in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service about this task again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service whether it started this video. This sends nothing new and costs nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy support info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy what AceData support needs to find this task: ids, times and the error. Never your token or prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred: a keeper. Click (or S in the list) to take the star away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star this video as a keeper (S in the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a video to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (uploaded: {link})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier clip (no longer in the list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLimits</name>
    <message numerus="yes">
        <source>Settings allow %n video(s) at once, fewer than the {asked} asked for. Ask for fewer, or raise the limit in Settings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) already being made, the most Settings allow at once. Wait for one to finish, or raise the limit in Settings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) already being made; {asked} more would pass the {most} Settings allow at once. Wait, ask for fewer, or raise the limit in Settings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskStates</name>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running — check later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone from the service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>Your videos. Right-click a row for more; Delete removes the selected rows, S stars them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and down arrows choose a video, which then plays in the preview. Enter plays it from the start, Space pauses, the Menu key shows what else can be done. Shift or Ctrl with a click or an arrow selects several; S stars them, Delete removes them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThumbnailLabel</name>
    <message>
        <source>Preview of the first frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the video this message is about and play it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenCheckText</name>
    <message>
        <source>Your token works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is wrong or has expired. Copy it again from the AceData Cloud console, or create a new one there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is not for Hailuo. Use a global token, or create one for Hailuo in the AceData Cloud console (Applications).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t reach the service. Check your internet connection and the service address in Settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service address has no Hailuo API. Check the address in Settings (Advanced), or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token works, but your balance is used up. Top up in the AceData Cloud console before making videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is busy right now (HTTP 429). Try Check again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with something that is not the Hailuo API (HTTP {status}). Check the service address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with something that is not the Hailuo API. Check the service address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service could not check the token (HTTP {status}). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenSection</name>
    <message>
        <source>Your token comes from the ACEDATACLOUD_API_TOKEN environment variable, which the app never saves. To change or remove it, change the variable and start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service whether the token works. Starts no video and costs nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token is kept in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is saved. A token you add will be kept in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token comes from ACEDATACLOUD_API_TOKEN: change the variable instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove your token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the saved token from this computer? You can paste it again later from the AceData Cloud console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenStores</name>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private file on this computer (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>Tokens have no spaces inside. Copy it again from the console, in one piece (spaces and line breaks around it are fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token has an invisible or unusual character that tokens never contain. Copy it again from the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{variable} is set, but its value can&apos;t be a token: it has spaces or characters other than plain letters, digits and punctuation inside. Fix the variable or remove it, then start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingText</name>
    <message numerus="yes">
        <source>%n unfinished video(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tracking {videos} · checking now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tracking {videos} · next check in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>trying again now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>trying again in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Can&apos;t check your videos: the service refused the token ({detail}). Update it in Settings; {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t check your videos: the service refused the token. Update it in Settings; {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is busy: trying again now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: can&apos;t reach the service. Trying again now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had a problem answering: trying again now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The service is busy: trying again in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: can&apos;t reach the service. Trying again in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service had a problem answering: trying again in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>{name} could not be moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is back in its folder already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be taken out of the trash ({error})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uploads</name>
    <message>
        <source>Uploading a picture from this computer needs your AceData platform token: add it in Settings, or paste a link to the picture instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be uploaded because of a fault in the app; the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Write a prompt first: describe the video you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt is {length} characters long; the limit is {limit}. Shorten it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} needs a first frame: drop or paste a picture, choose one with Browse…, or paste a link to one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Hailuo Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your AceData Cloud account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hailuo Desktop makes videos with the Hailuo models through AceData Cloud. It needs an API token from your account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.  Open the AceData Cloud console and sign in.
2.  Go to Applications and copy a token (a global token, or one for Hailuo).
3.  Paste it below, press Check, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the AceData Cloud console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later, for pictures from your computer, your balance and what each video cost, the app may ask for a second, optional secret: a platform token. It can spend money on your whole account, so it is asked for only then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a platform token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your AceData platform token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A platform token lets the app upload pictures from this computer, show your balance and what each video cost. It is optional: without it, paste links to pictures instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.  Open the platform tokens page of the AceData console and sign in.
2.  Create a token (it starts with platform-v1-) and copy it.
3.  Paste it below, press Check (it costs nothing), then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the platform tokens page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it private: a platform token works like your password for the whole AceData account. It can spend your credits and buy more. The app uses it only to upload pictures and read your balance and spending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Paste your token here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token will be kept in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make pretend videos with a built-in simulator: no account, nothing charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service whether this token works. Starts no video and costs nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Pane</name>
    <message>
        <source>Clip {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this take as the keeper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
