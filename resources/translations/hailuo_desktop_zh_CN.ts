<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hailuo Desktop</source>
        <translation>关于 Hailuo Desktop</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>Make short AI videos with the Hailuo models on AceData Cloud.</source>
        <translation>用 AceData Cloud 上的 Hailuo 模型生成 AI 短视频。</translation>
    </message>
    <message>
        <source>Free software under the GNU Lesser General Public License, version 3 or later (see the LICENSE file). It comes with no warranty.</source>
        <translation>本软件为自由软件，依据 GNU 宽通用公共许可证第 3 版或更高版本发布（参见 LICENSE 文件），不提供任何担保。</translation>
    </message>
    <message>
        <source>AceData Cloud console</source>
        <translation>AceData Cloud 控制台</translation>
    </message>
    <message>
        <source>Project page</source>
        <translation>项目主页</translation>
    </message>
    <message>
        <source>Copy support info</source>
        <translation>复制支持信息</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>AccountFlow</name>
    <message>
        <source>Paste a token first.</source>
        <translation>请先粘贴令牌。</translation>
    </message>
    <message>
        <source>Your token could not be stored on this computer. Unlock your keychain, or check the config folder&apos;s permissions, then try again.</source>
        <translation>无法在此电脑上存储你的令牌。请解锁钥匙串，或检查配置文件夹的权限，然后重试。</translation>
    </message>
    <message>
        <source>Token saved.</source>
        <translation>令牌已保存。</translation>
    </message>
    <message>
        <source>Your token could not be removed: unlock your keychain and try again.</source>
        <translation>无法移除你的令牌：请解锁钥匙串后重试。</translation>
    </message>
    <message>
        <source>Token removed.</source>
        <translation>令牌已移除。</translation>
    </message>
    <message>
        <source>Your platform token comes from the ACEDATACLOUD_PLATFORM_TOKEN environment variable: change it there.</source>
        <translation>你的平台令牌来自环境变量 ACEDATACLOUD_PLATFORM_TOKEN，请在那里修改。</translation>
    </message>
    <message>
        <source>Paste a platform token first.</source>
        <translation>请先粘贴平台令牌。</translation>
    </message>
    <message>
        <source>Your platform token could not be stored on this computer. Unlock your keychain, or check the config folder&apos;s permissions, then try again.</source>
        <translation>无法在此电脑上存储你的平台令牌。请解锁钥匙串，或检查配置文件夹的权限，然后重试。</translation>
    </message>
    <message>
        <source>Platform token saved.</source>
        <translation>平台令牌已保存。</translation>
    </message>
    <message>
        <source>Your platform token could not be removed: unlock your keychain and try again.</source>
        <translation>无法移除你的平台令牌：请解锁钥匙串后重试。</translation>
    </message>
    <message>
        <source>Platform token removed.</source>
        <translation>平台令牌已移除。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Your video is ready</source>
        <translation>你的视频已就绪</translation>
    </message>
    <message>
        <source>A video could not be made</source>
        <translation>有一个视频生成失败</translation>
    </message>
</context>
<context>
    <name>BalanceButton</name>
    <message>
        <source>Add a platform token to see your balance.</source>
        <translation>添加平台令牌即可查看余额。</translation>
    </message>
    <message>
        <source>Add a platform token to see your balance</source>
        <translation>添加平台令牌以查看余额</translation>
    </message>
    <message>
        <source>Your balance needs your AceData platform token. Click to add it.</source>
        <translation>查看余额需要你的 AceData 平台令牌。点击添加。</translation>
    </message>
    <message>
        <source>Balance: reading…</source>
        <translation>余额：读取中…</translation>
    </message>
    <message>
        <source>Asking AceData for your balance.</source>
        <translation>正在向 AceData 查询你的余额。</translation>
    </message>
    <message>
        <source>Balance unknown</source>
        <translation>余额未知</translation>
    </message>
    <message>
        <source>{sentence} Click to open the AceData console.</source>
        <translation>{sentence}点击打开 AceData 控制台。</translation>
    </message>
    <message>
        <source>{sentence} Click to top up in the AceData console.</source>
        <translation>{sentence}点击前往 AceData 控制台充值。</translation>
    </message>
    <message>
        <source>Balance: {amount}</source>
        <translation>余额：{amount}</translation>
    </message>
</context>
<context>
    <name>BalanceText</name>
    <message>
        <source>{total} left for Hailuo; your general balance ({general}) is kept out by the Hailuo application.</source>
        <translation>Hailuo 可用 {total}；Hailuo 应用未允许动用你的通用余额（{general}）。</translation>
    </message>
    <message>
        <source>{total} left for Hailuo: {hailuo} on the Hailuo application and {general} in your general balance.</source>
        <translation>Hailuo 可用 {total}：Hailuo 应用中 {hailuo}，通用余额中 {general}。</translation>
    </message>
    <message>
        <source>Add a platform token to see your balance.</source>
        <translation>添加平台令牌即可查看余额。</translation>
    </message>
</context>
<context>
    <name>CameraMoveChips</name>
    <message>
        <source>Camera moves</source>
        <translation>运镜</translation>
    </message>
    <message>
        <source>Each button writes its camera move into the prompt at the cursor.</source>
        <translation>每个按钮都会在光标处把对应的运镜写入提示词。</translation>
    </message>
    <message>
        <source>Camera moves — up to three in one bracket</source>
        <translation>运镜：一组方括号内最多三个</translation>
    </message>
    <message>
        <source>{description} Writes {move} into the prompt at the cursor.</source>
        <translation>{description}在光标处把 {move} 写入提示词。</translation>
    </message>
    <message>
        <source>Up to three camera moves can combine in one bracket. Start a new one after this bracket, or remove a move.</source>
        <translation>一组方括号内最多可组合三个运镜。请在此方括号之后另起一组，或移除一个运镜。</translation>
    </message>
    <message>
        <source>This bracket already has {move}. Each move can be in a bracket once.</source>
        <translation>此方括号中已有 {move}。同一组方括号中每个运镜只能出现一次。</translation>
    </message>
    <message>
        <source>Truck left</source>
        <translation>左移</translation>
    </message>
    <message>
        <source>Truck right</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>Pan left</source>
        <translation>左摇</translation>
    </message>
    <message>
        <source>Pan right</source>
        <translation>右摇</translation>
    </message>
    <message>
        <source>Push in</source>
        <translation>推进</translation>
    </message>
    <message>
        <source>Pull out</source>
        <translation>拉远</translation>
    </message>
    <message>
        <source>Pedestal up</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>Pedestal down</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>Tilt up</source>
        <translation>上摇</translation>
    </message>
    <message>
        <source>Tilt down</source>
        <translation>下摇</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>变焦推近</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>变焦拉远</translation>
    </message>
    <message>
        <source>Shake</source>
        <translation>晃动</translation>
    </message>
    <message>
        <source>Tracking shot</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Static shot</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>The camera slides sideways to the left.</source>
        <translation>镜头向左侧横向平移。</translation>
    </message>
    <message>
        <source>The camera slides sideways to the right.</source>
        <translation>镜头向右侧横向平移。</translation>
    </message>
    <message>
        <source>The camera turns to the left from where it stands.</source>
        <translation>镜头在原地向左转动。</translation>
    </message>
    <message>
        <source>The camera turns to the right from where it stands.</source>
        <translation>镜头在原地向右转动。</translation>
    </message>
    <message>
        <source>The camera moves closer to the subject.</source>
        <translation>镜头向主体靠近。</translation>
    </message>
    <message>
        <source>The camera moves back, away from the subject.</source>
        <translation>镜头后退，远离主体。</translation>
    </message>
    <message>
        <source>The camera rises straight up.</source>
        <translation>镜头垂直上升。</translation>
    </message>
    <message>
        <source>The camera lowers straight down.</source>
        <translation>镜头垂直下降。</translation>
    </message>
    <message>
        <source>The camera tips to look up.</source>
        <translation>镜头向上转动，仰视。</translation>
    </message>
    <message>
        <source>The camera tips to look down.</source>
        <translation>镜头向下转动，俯视。</translation>
    </message>
    <message>
        <source>The lens zooms in: the subject grows while the camera stays.</source>
        <translation>镜头变焦推近：主体变大，机位不动。</translation>
    </message>
    <message>
        <source>The lens zooms out to show more, while the camera stays.</source>
        <translation>镜头变焦拉远，呈现更多画面，机位不动。</translation>
    </message>
    <message>
        <source>The picture shakes, like a handheld camera or a tremor.</source>
        <translation>画面晃动，如同手持拍摄或发生震动。</translation>
    </message>
    <message>
        <source>The camera follows the subject as it moves.</source>
        <translation>镜头跟随主体移动。</translation>
    </message>
    <message>
        <source>The camera stays still.</source>
        <translation>镜头保持不动。</translation>
    </message>
</context>
<context>
    <name>ClipPreview</name>
    <message>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <source>Ask the service about your unfinished videos now, without waiting for the next check.</source>
        <translation>立即向服务查询未完成的视频，无需等待下次检查。</translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation>正在检查…</translation>
    </message>
    <message numerus="yes">
        <source>Next check in %n s.</source>
        <translation>
            <numerusform>%n 秒后进行下次检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>{state}… {elapsed}
The clip plays here as soon as it is ready.</source>
        <translation>{state}… {elapsed}
视频一准备好就会在这里播放。</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare clips — Hailuo Desktop</source>
        <translation>对比视频 — Hailuo Desktop</translation>
    </message>
    <message>
        <source>Previous frame (,)</source>
        <translation>上一帧（,）</translation>
    </message>
    <message>
        <source>Next frame (.)</source>
        <translation>下一帧（.）</translation>
    </message>
    <message>
        <source>Position in every clip</source>
        <translation>所有视频中的播放位置</translation>
    </message>
    <message>
        <source>Loop: play the clips again and again</source>
        <translation>循环：反复播放这些视频</translation>
    </message>
    <message>
        <source>Pause all (Space)</source>
        <translation>全部暂停（Space）</translation>
    </message>
    <message>
        <source>Play all (Space)</source>
        <translation>全部播放（Space）</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>The video link has expired or no longer exists. Retry to fetch a fresh link, or generate the video again.</source>
        <translation>视频链接已过期或不存在。请重试以获取新链接，或重新生成视频。</translation>
    </message>
    <message>
        <source>The download was interrupted. Check your internet connection and retry.</source>
        <translation>下载被中断。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The video link is not a web (http or https) link, so it was not downloaded. Copy the link and check it.</source>
        <translation>视频链接不是网页（http 或 https）链接，因此未下载。请复制该链接并检查。</translation>
    </message>
    <message>
        <source>The disk is full, so the video could not be saved. Free some space and retry.</source>
        <translation>磁盘已满，无法保存视频。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The library folder can&apos;t be written, so the video could not be saved. Choose another folder in Settings and retry.</source>
        <translation>无法写入视频库文件夹，因此无法保存视频。请在“设置”中选择其他文件夹后重试。</translation>
    </message>
    <message>
        <source>The video could not be written to disk. Check the library folder and retry.</source>
        <translation>无法将视频写入磁盘。请检查视频库文件夹后重试。</translation>
    </message>
    <message>
        <source>The video link redirects too many times. Retry later.</source>
        <translation>视频链接重定向次数过多。请稍后重试。</translation>
    </message>
    <message>
        <source>The video server had a problem (HTTP {status}). Retry later.</source>
        <translation>视频服务器出现问题（HTTP {status}）。请稍后重试。</translation>
    </message>
    <message>
        <source>The video server refused the download (HTTP {status}). Retry later.</source>
        <translation>视频服务器拒绝了下载（HTTP {status}）。请稍后重试。</translation>
    </message>
    <message>
        <source>The video server sent a part of the file it did not describe. Retry later.</source>
        <translation>视频服务器发送了未声明的文件片段。请稍后重试。</translation>
    </message>
    <message>
        <source>The video server sent the wrong part of the file. Retry later.</source>
        <translation>视频服务器发送了错误的文件片段。请稍后重试。</translation>
    </message>
    <message>
        <source>The video is too large to save here ({size} MB; the limit is {limit} MB). Open its link in a browser instead.</source>
        <translation>视频太大，无法保存在这里（{size} MB，上限为 {limit} MB）。请改为在浏览器中打开其链接。</translation>
    </message>
    <message>
        <source>The video is too large to save here (over {limit} MB). Open its link in a browser instead.</source>
        <translation>视频太大，无法保存在这里（超过 {limit} MB）。请改为在浏览器中打开其链接。</translation>
    </message>
    <message>
        <source>The saved video is no longer in the library folder (moved or deleted). Use “Save again” to download it again from its link.</source>
        <translation>已保存的视频不在视频库文件夹中了（已被移动或删除）。请使用“重新保存”从其链接重新下载。</translation>
    </message>
    <message>
        <source>The video was saved, but the .json file beside it that records where it came from could not be written.</source>
        <translation>视频已保存，但无法写入旁边记录其来源的 .json 文件。</translation>
    </message>
    <message>
        <source>Not saved yet: {reason}. The app keeps trying by itself, also after a restart.</source>
        <translation>尚未保存：{reason}。应用会自动继续尝试，重启后也会继续。</translation>
    </message>
    <message>
        <source>the download was interrupted</source>
        <translation>下载被中断</translation>
    </message>
    <message>
        <source>the download stopped early</source>
        <translation>下载提前结束</translation>
    </message>
    <message>
        <source>the video server had a problem (HTTP {status})</source>
        <translation>视频服务器出现问题（HTTP {status}）</translation>
    </message>
    <message>
        <source>the video server is busy (HTTP {status})</source>
        <translation>视频服务器繁忙（HTTP {status}）</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message numerus="yes">
        <source>%n problem(s) so far.</source>
        <translation>
            <numerusform>目前共有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Something went wrong inside Hailuo Desktop. Your tasks are safe; you can keep working. If it happens again, copy the report below and send it to us.</source>
        <translation>Hailuo Desktop 内部出了点问题。你的任务都安然无恙，可以继续工作。如果问题再次出现，请复制下方的报告并发送给我们。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The copy could not be saved: {error}. Choose another folder and try again.</source>
        <translation>无法保存副本：{error}。请选择其他文件夹后重试。</translation>
    </message>
    <message>
        <source>Saved a copy as {path}.</source>
        <translation>已将副本保存为 {path}。</translation>
    </message>
    <message>
        <source>The file could not be saved: {error}. Choose another folder and try again.</source>
        <translation>无法保存文件：{error}。请选择其他文件夹后重试。</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
</context>
<context>
    <name>FirstFrameField</name>
    <message>
        <source>https://… link to a picture, or drop or paste one (for image models)</source>
        <translation>https://… 图片链接，也可拖放或粘贴图片（用于图生视频模型）</translation>
    </message>
    <message>
        <source>The picture the video starts from.
Paste or type a link, drag a picture here from a web page or a file manager, paste a screenshot (Ctrl+V), or choose a file with Browse….</source>
        <translation>视频开始时的画面。
粘贴或输入链接，从网页或文件管理器把图片拖到这里，粘贴截图（Ctrl+V），或通过“浏览…”选择文件。</translation>
    </message>
    <message>
        <source>Only the image models use a first frame. This link is kept but not sent.</source>
        <translation>只有图生视频模型使用首帧。此链接会保留，但不会发送。</translation>
    </message>
    <message>
        <source>Checking the image…</source>
        <translation>正在检查图片…</translation>
    </message>
    <message>
        <source>Drop or paste a picture, choose one with Browse…, or paste a link to one on the web.</source>
        <translation>拖放或粘贴图片，通过“浏览…”选择图片，或粘贴网上图片的链接。</translation>
    </message>
    <message>
        <source>The link looks right. It is sent as it is.</source>
        <translation>链接看起来没问题，将按原样发送。</translation>
    </message>
    <message>
        <source>The picture is still being uploaded. Press Generate again once it is done, or cancel the upload.</source>
        <translation>图片仍在上传。上传完成后请再次点击“生成”，或取消上传。</translation>
    </message>
    <message>
        <source>The upload was cancelled: nothing was sent. Choose a picture again.</source>
        <translation>上传已取消：未发送任何内容。请重新选择图片。</translation>
    </message>
    <message>
        <source>First frame image link</source>
        <translation>首帧图片链接</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a picture on this computer (JPEG, PNG or WebP, up to 20 MB). It is uploaded to your AceData account.</source>
        <translation>选择此电脑上的图片（JPEG、PNG 或 WebP，最大 20 MB）。图片会上传到你的 AceData 账户。</translation>
    </message>
    <message>
        <source>Choose a first frame picture on this computer</source>
        <translation>选择此电脑上的首帧图片</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>Clear the first frame</source>
        <translation>清除首帧</translation>
    </message>
    <message>
        <source>Preview of the first frame</source>
        <translation>首帧预览</translation>
    </message>
    <message>
        <source>Uploading %1 to your AceData account…</source>
        <translation>正在将 %1 上传到你的 AceData 账户…</translation>
    </message>
    <message>
        <source>%1, uploaded · %2</source>
        <translation>%1，已上传 · %2</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>正在上传…</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>无图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the first frame</source>
        <translation>选择首帧</translation>
    </message>
    <message>
        <source>This picture can&apos;t be shown here ({error}). Use a PNG, JPEG or WebP image.</source>
        <translation>此图片无法在这里显示（{error}）。请使用 PNG、JPEG 或 WebP 图片。</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>pasted picture.png</source>
        <translation>粘贴的图片.png</translation>
    </message>
</context>
<context>
    <name>FrameUpload</name>
    <message>
        <source>Upload progress</source>
        <translation>上传进度</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>取消上传</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>取消上传</translation>
    </message>
    <message>
        <source>Stop sending this picture. Nothing is generated.</source>
        <translation>停止发送这张图片，不会生成任何内容。</translation>
    </message>
    <message>
        <source>Add platform token…</source>
        <translation>添加平台令牌…</translation>
    </message>
    <message>
        <source>Add a platform token</source>
        <translation>添加平台令牌</translation>
    </message>
    <message>
        <source>Pictures from this computer are uploaded to your AceData account, which needs a platform token.</source>
        <translation>此电脑上的图片会上传到你的 AceData 账户，这需要平台令牌。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Pictures from this computer can&apos;t be uploaded in this session. Paste a link to the picture instead.</source>
        <translation>本次会话无法上传此电脑上的图片。请改为粘贴图片链接。</translation>
    </message>
</context>
<context>
    <name>Frames</name>
    <message>
        <source>The video file {name} is not there any more.</source>
        <translation>视频文件 {name} 已不存在。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a video file.</source>
        <translation>{name} 是文件夹，不是视频文件。</translation>
    </message>
    <message>
        <source>This app is not allowed to read {name}.</source>
        <translation>此应用无权读取 {name}。</translation>
    </message>
    <message>
        <source>{name} is damaged or is not a video file this app can read.</source>
        <translation>{name} 已损坏，或不是此应用能读取的视频文件。</translation>
    </message>
    <message>
        <source>{name} could not be read ({error}).</source>
        <translation>无法读取 {name}（{error}）。</translation>
    </message>
    <message>
        <source>{name} has no pictures in it.</source>
        <translation>{name} 中没有任何画面。</translation>
    </message>
    <message>
        <source>{name} has no video in it.</source>
        <translation>{name} 中没有视频。</translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Your videos, as a gallery</source>
        <translation>你的视频（画廊视图）</translation>
    </message>
</context>
<context>
    <name>GenerateForm</name>
    <message>
        <source>Which Hailuo model makes the video.</source>
        <translation>用哪个 Hailuo 模型生成视频。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Describe the video: the scene, the action, the light, the camera…</source>
        <translation>描述视频：场景、动作、光线、镜头…</translation>
    </message>
    <message>
        <source>What the video should show. Ctrl+Enter generates.</source>
        <translation>视频要呈现的内容。按 Ctrl+Enter 生成。</translation>
    </message>
    <message>
        <source>Use a sample picture</source>
        <translation>使用示例图片</translation>
    </message>
    <message>
        <source>Demo only: fill in a picture served by the built-in simulator.</source>
        <translation>仅限演示：填入内置模拟服务提供的图片。</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>版本数</translation>
    </message>
    <message>
        <source>How many videos to make from this prompt at once, to pick the best. Each one is a paid generation.</source>
        <translation>用此提示词一次生成几个视频，以便挑选最好的。每个版本都单独计费。</translation>
    </message>
    <message>
        <source>&amp;Takes</source>
        <translation>版本数(&amp;T)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Start making this video (Ctrl+Enter). Each video uses credits from your AceData account.</source>
        <translation>开始生成此视频（Ctrl+Enter）。每个视频都会消耗你 AceData 账户中的点数。</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation>提示词(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;First frame</source>
        <translation>首帧(&amp;F)</translation>
    </message>
    <message>
        <source>The picture could not be checked (see the first frame). Press Generate again to send the link anyway.</source>
        <translation>无法检查图片（见首帧）。再次点击“生成”即可仍然发送该链接。</translation>
    </message>
    <message>
        <source>{length} / {limit}</source>
        <translation>{length} / {limit}</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>AceData&apos;s status page shows Hailuo in a partial outage. Generate anyway?</source>
        <translation>AceData 状态页显示 Hailuo 部分服务中断。仍要生成吗？</translation>
    </message>
    <message>
        <source>AceData&apos;s status page shows Hailuo in a major outage. Generate anyway?</source>
        <translation>AceData 状态页显示 Hailuo 严重服务中断。仍要生成吗？</translation>
    </message>
    <message>
        <source>AceData&apos;s status page shows Hailuo in a partial outage: {figures}. Generate anyway?</source>
        <translation>AceData 状态页显示 Hailuo 部分服务中断：{figures}。仍要生成吗？</translation>
    </message>
    <message>
        <source>AceData&apos;s status page shows Hailuo in a major outage: {figures}. Generate anyway?</source>
        <translation>AceData 状态页显示 Hailuo 严重服务中断：{figures}。仍要生成吗？</translation>
    </message>
    <message>
        <source>Hailuo is working normally at AceData.</source>
        <translation>Hailuo 在 AceData 上运行正常。</translation>
    </message>
    <message>
        <source>Hailuo is failing more often than usual at AceData.</source>
        <translation>Hailuo 在 AceData 上的失败率高于平时。</translation>
    </message>
    <message>
        <source>Hailuo is in a partial outage at AceData.</source>
        <translation>Hailuo 在 AceData 上部分服务中断。</translation>
    </message>
    <message>
        <source>Hailuo is in a major outage at AceData.</source>
        <translation>Hailuo 在 AceData 上严重服务中断。</translation>
    </message>
    <message>
        <source>Hailuo is working normally at AceData: {figures}.</source>
        <translation>Hailuo 在 AceData 上运行正常：{figures}。</translation>
    </message>
    <message>
        <source>Hailuo is failing more often than usual at AceData: {figures}.</source>
        <translation>Hailuo 在 AceData 上的失败率高于平时：{figures}。</translation>
    </message>
    <message>
        <source>Hailuo is in a partial outage at AceData: {figures}.</source>
        <translation>Hailuo 在 AceData 上部分服务中断：{figures}。</translation>
    </message>
    <message>
        <source>Hailuo is in a major outage at AceData: {figures}.</source>
        <translation>Hailuo 在 AceData 上严重服务中断：{figures}。</translation>
    </message>
    <message>
        <source>{succeeded} of {requests} requests succeeded in the last {hours} hours</source>
        <translation>最近 {hours} 小时内 {requests} 个请求中有 {succeeded} 个成功</translation>
    </message>
    <message>
        <source>{succeeded} of {requests} requests succeeded in the last {days} days</source>
        <translation>最近 {days} 天内 {requests} 个请求中有 {succeeded} 个成功</translation>
    </message>
    <message>
        <source>Hailuo&apos;s status is unknown: AceData&apos;s status page has no recent figures for it.</source>
        <translation>Hailuo 的状态未知：AceData 状态页上没有它的近期数据。</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>bad request</source>
        <translation>错误请求</translation>
    </message>
    <message>
        <source>login required</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>拒绝访问</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>请求过于频繁</translation>
    </message>
    <message>
        <source>blocked for legal reasons</source>
        <translation>因法律原因被屏蔽</translation>
    </message>
    <message>
        <source>The image is larger than {most} MB. Use a smaller picture (the service takes up to {most} MB).</source>
        <translation>图片超过 {most} MB。请使用更小的图片（服务最多接受 {most} MB）。</translation>
    </message>
    <message>
        <source>That link opens a web page, not an image. Right-click the picture and copy the image address.</source>
        <translation>该链接打开的是网页，而不是图片。请右键点击图片并复制图片地址。</translation>
    </message>
    <message>
        <source>The image link sent back nothing. Check the link.</source>
        <translation>图片链接没有返回任何内容。请检查链接。</translation>
    </message>
    <message>
        <source>That is not a valid web address. Check the link.</source>
        <translation>这不是有效的网址。请检查链接。</translation>
    </message>
    <message>
        <source>The image link forwards to an address that can&apos;t be used. Copy the picture&apos;s final address.</source>
        <translation>图片链接跳转到了一个无法使用的地址。请复制图片的最终地址。</translation>
    </message>
    <message>
        <source>The image link forwards to other addresses too many times. Copy the picture&apos;s final address.</source>
        <translation>图片链接跳转次数过多。请复制图片的最终地址。</translation>
    </message>
    <message>
        <source>The image server answered {code} (server error). Try again later.</source>
        <translation>图片服务器返回了 {code}（服务器错误）。请稍后重试。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>The image link answered {code} ({words}). Check the link.</source>
        <translation>图片链接返回了 {code}（{words}）。请检查链接。</translation>
    </message>
    <message>
        <source>it took too long to answer</source>
        <translation>响应超时</translation>
    </message>
    <message>
        <source>the website name was not found</source>
        <translation>找不到该网站的域名</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>its security certificate was not accepted</source>
        <translation>其安全证书未通过验证</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>the server broke off the answer</source>
        <translation>服务器中断了响应</translation>
    </message>
    <message>
        <source>the server sent a damaged answer</source>
        <translation>服务器返回的数据已损坏</translation>
    </message>
    <message>
        <source>the proxy refused it</source>
        <translation>被代理服务器拒绝</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach that link ({reason}). Check your connection or the address.</source>
        <translation>无法访问该链接（{reason}）。请检查网络连接或网址。</translation>
    </message>
    <message>
        <source>The image link forwards to an address that is not a web link, which can&apos;t be used. Copy the picture&apos;s final address.</source>
        <translation>图片链接跳转到了一个非网页链接的地址，无法使用。请复制图片的最终地址。</translation>
    </message>
    <message>
        <source>The image link forwards to a {scheme}: address, which can&apos;t be used. Copy the picture&apos;s final address.</source>
        <translation>图片链接跳转到了 {scheme}: 地址，无法使用。请复制图片的最终地址。</translation>
    </message>
    <message>
        <source>That link is a drawing (SVG), not a photo-like picture. Use a PNG, JPEG or WebP image.</source>
        <translation>该链接是矢量图（SVG），而不是照片类图片。请使用 PNG、JPEG 或 WebP 图片。</translation>
    </message>
    <message>
        <source>That link doesn&apos;t lead to a picture the service can use (it sent {kind}). Use a PNG, JPEG or WebP image.</source>
        <translation>该链接指向的不是服务可用的图片（对方返回的是 {kind}）。请使用 PNG、JPEG 或 WebP 图片。</translation>
    </message>
    <message>
        <source>unknown data</source>
        <translation>未知数据</translation>
    </message>
</context>
<context>
    <name>LibraryFilters</name>
    <message>
        <source>Search prompts, task or trace ids (Ctrl+F)</source>
        <translation>搜索提示词、任务编号或追踪编号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search your videos</source>
        <translation>搜索你的视频</translation>
    </message>
    <message>
        <source>Shows the videos whose prompt holds every word typed, in any case and with or without accents. A task id or trace id finds its video.</source>
        <translation>显示提示词包含所输入全部词语的视频，不区分大小写和重音符号。输入任务编号或追踪编号可找到对应的视频。</translation>
    </message>
    <message>
        <source>Show videos in this state</source>
        <translation>显示处于此状态的视频</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Show videos made with this model</source>
        <translation>显示使用此模型生成的视频</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>所有模型</translation>
    </message>
    <message>
        <source>Show videos started in this period</source>
        <translation>显示在此时间段内开始生成的视频</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>所有时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ 星标</translation>
    </message>
    <message>
        <source>Show starred videos only</source>
        <translation>只显示已加星标的视频</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <source>No videos match these filters: {filters}.</source>
        <translation>没有符合以下筛选条件的视频：{filters}。</translation>
    </message>
</context>
<context>
    <name>LibraryFolder</name>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>This folder cannot be found on this computer.</source>
        <translation>在此电脑上找不到该文件夹。</translation>
    </message>
    <message>
        <source>“{name}” is a file, not a folder. Choose another folder.</source>
        <translation>“{name}”是文件，不是文件夹。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Videos can&apos;t be saved in this folder ({error}). Choose another.</source>
        <translation>无法在此文件夹中保存视频（{error}）。请另选一个文件夹。</translation>
    </message>
    <message>
        <source>The library folder {folder} can&apos;t be written: {reason}. Choose another folder in Settings.</source>
        <translation>视频库文件夹 {folder} 无法写入：{reason}。请在设置中另选一个文件夹。</translation>
    </message>
    <message>
        <source>The partly downloaded file disappeared before it was complete. Retry the download.</source>
        <translation>下载到一半的文件在完成前消失了。请重新下载。</translation>
    </message>
    <message>
        <source>The download stopped early ({size} of {expected} bytes). Retry the download.</source>
        <translation>下载提前中断（已下载 {size} / {expected} 字节）。请重新下载。</translation>
    </message>
    <message>
        <source>The server sent something that is not an MP4 video, so it was not saved. Retry later, or open the link in a browser.</source>
        <translation>服务器发送的内容不是 MP4 视频，因此未保存。请稍后重试，或在浏览器中打开该链接。</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Find videos</source>
        <translation>查找视频</translation>
    </message>
    <message>
        <source>Undo removal</source>
        <translation>撤销移除</translation>
    </message>
    <message>
        <source>Remove all failed…</source>
        <translation>移除所有失败的视频…</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>加星标</translation>
    </message>
    <message>
        <source>Remove from list…</source>
        <translation>从列表中移除…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Select all takes of this shot</source>
        <translation>选择此镜头的所有版本</translation>
    </message>
    <message>
        <source>Your videos</source>
        <translation>你的视频</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Show your videos as a list</source>
        <translation>以列表形式显示你的视频</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>画廊</translation>
    </message>
    <message>
        <source>Show your videos as a gallery of stills</source>
        <translation>以静帧画廊形式显示你的视频</translation>
    </message>
    <message>
        <source>Play the selected finished videos side by side, the takes of the selected shot, or the shots of a sequence made from each other&apos;s frames, in order.</source>
        <translation>并排播放所选的已完成视频、所选镜头的各个版本，或依次接续画面制作的一组连续镜头（按顺序）。</translation>
    </message>
    <message>
        <source>Select two to four finished videos, one take of a shot, or one shot of a sequence, to compare them side by side.</source>
        <translation>选择两到四个已完成的视频、某个镜头的一个版本，或连续镜头中的一个，即可并排对比。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n video(s) from the list; {files} moved to the system trash. Press Ctrl+Z to bring them back.</source>
        <translation>
            <numerusform>已从列表中移除 %n 个视频；{files}已移到系统回收站。按 Ctrl+Z 可恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n video(s) from the list. Press Ctrl+Z to bring them back.</source>
        <translation>
            <numerusform>已从列表中移除 %n 个视频。按 Ctrl+Z 可恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back %n video(s).</source>
        <translation>
            <numerusform>已恢复 %n 个视频。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shot {number} of {count}</source>
        <translation>第 {number}/{count} 个镜头</translation>
    </message>
    <message>
        <source>Remove star</source>
        <translation>取消星标</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n video(s) from list…</source>
        <translation>
            <numerusform>从列表中移除 %n 个视频…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compare (%n)</source>
        <translation>
            <numerusform>对比（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Play these clips side by side, in step.</source>
        <translation>同步并排播放这些视频。</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n failed…</source>
        <translation>
            <numerusform>移除全部 %n 个失败的视频…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryText</name>
    <message>
        <source>Nothing was removed: the task list could not be written ({reason}). Check that the data folder is writable, then try again.</source>
        <translation>未移除任何内容：无法写入任务列表（{reason}）。请确认数据文件夹可写，然后重试。</translation>
    </message>
    <message>
        <source>The star could not be saved: the task list could not be written ({reason}).</source>
        <translation>无法保存星标：无法写入任务列表（{reason}）。</translation>
    </message>
    <message>
        <source>The star is kept in the app, but the .json file beside the clip could not be updated: {reason}</source>
        <translation>星标已在应用中保存，但无法更新视频旁的 .json 文件：{reason}</translation>
    </message>
    <message>
        <source>Removed from the list, but {reason}; the file is still in your library folder.</source>
        <translation>已从列表中移除，但 {reason}；文件仍在你的视频库文件夹中。</translation>
    </message>
    <message>
        <source>The videos are back in the list, but {reason}. Restore it from the system trash, or save the video again.</source>
        <translation>视频已回到列表中，但 {reason}。请从系统回收站中还原文件，或重新保存视频。</translation>
    </message>
    <message>
        <source>The videos could not be brought back: the task list could not be written ({reason}). Try Undo again in a moment.</source>
        <translation>无法恢复这些视频：无法写入任务列表（{reason}）。请稍后再次撤销。</translation>
    </message>
</context>
<context>
    <name>LinkProbe</name>
    <message>
        <source>Couldn&apos;t check the image because of an unexpected error. The link can still be used.</source>
        <translation>由于意外错误，无法检查该图片。该链接仍可使用。</translation>
    </message>
    <message>
        <source>The image link sent back nothing.</source>
        <translation>图片链接没有返回任何内容。</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>The service accepts image links only, not images embedded in the link (data: URLs). Upload the picture somewhere public and paste its link.</source>
        <translation>服务只接受图片链接，不接受内嵌在链接里的图片（data: 链接）。请将图片上传到公开位置，然后粘贴其链接。</translation>
    </message>
    <message>
        <source>A file&apos;s address can&apos;t be sent as a link. To use a picture from this computer, drop the file here, paste the picture, or choose it with Browse….</source>
        <translation>文件地址不能作为链接发送。要使用此电脑上的图片，请将文件拖到这里、粘贴图片，或通过“浏览…”选择。</translation>
    </message>
    <message>
        <source>That is a piece of script, not a link. Paste a link that starts with https://.</source>
        <translation>这是一段脚本，不是链接。请粘贴以 https:// 开头的链接。</translation>
    </message>
    <message>
        <source>That link only exists inside your browser (blob:). Open the picture on its own and copy its address.</source>
        <translation>该链接只在你的浏览器内部有效（blob:）。请单独打开这张图片，再复制它的地址。</translation>
    </message>
    <message>
        <source>The link must start with https:// or http:// — copy the full image address.</source>
        <translation>链接必须以 https:// 或 http:// 开头——请复制完整的图片地址。</translation>
    </message>
    <message>
        <source>The link has no website name after the https://. Copy the full image address.</source>
        <translation>链接中 https:// 之后缺少网站域名。请复制完整的图片地址。</translation>
    </message>
    <message>
        <source>That is text, not a link. Paste the address of a picture on the web, starting with https://.</source>
        <translation>这是文字，不是链接。请粘贴网上图片的地址，以 https:// 开头。</translation>
    </message>
    <message>
        <source>The link has a space or line break inside it. Paste just one link.</source>
        <translation>链接中包含空格或换行。请只粘贴一个链接。</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a valid web link. Copy the image address again.</source>
        <translation>这看起来不是有效的网页链接。请重新复制图片地址。</translation>
    </message>
    <message>
        <source>That can&apos;t be used as a first frame: drop a link or an image from a web page.</source>
        <translation>此内容不能用作首帧：请拖入网页上的链接或图片。</translation>
    </message>
    <message>
        <source>Only web links (https:// or http://) can be used, not {scheme}: links.</source>
        <translation>只能使用网页链接（https:// 或 http://），不能使用 {scheme}: 链接。</translation>
    </message>
    <message>
        <source>The link starts with “{scheme}:” — did you mean “https:”?</source>
        <translation>链接以“{scheme}:”开头——你是想输入“https:”吗？</translation>
    </message>
    <message>
        <source>The link starts with “{start}” — did you mean “https://”?</source>
        <translation>链接以“{start}”开头——你是想输入“https://”吗？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO — videos come from the built-in simulator: no account, no credits, and the clips are test patterns.</source>
        <translation>演示模式 — 视频来自内置模拟服务：无需账户，不消耗点数，生成的视频均为测试图案。</translation>
    </message>
    <message>
        <source>Use my account…</source>
        <translation>使用我的账户…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <source>Add token…</source>
        <translation>添加令牌…</translation>
    </message>
    <message>
        <source>You seem to be offline: the service can&apos;t be reached. Your videos are safe; checking resumes by itself when the connection is back.</source>
        <translation>你似乎处于离线状态：无法连接服务。你的视频安然无恙；网络恢复后会自动继续检查。</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <source>Ask the service about your unfinished videos now, without waiting for the next check.</source>
        <translation>立即向服务查询未完成视频的状态，无需等待下一次检查。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;pend…</source>
        <translation>消费记录(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Hailuo Desktop</source>
        <translation>关于 Hailuo Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>No AceData Cloud API token is set, so videos can&apos;t be made yet. Try the demo, or add your token.</source>
        <translation>尚未设置 AceData Cloud API 令牌，因此还无法生成视频。你可以先试用演示，或添加你的令牌。</translation>
    </message>
    <message>
        <source>Add your AceData Cloud token or try the demo first.</source>
        <translation>请添加你的 AceData Cloud 令牌，或先试用演示。</translation>
    </message>
    <message>
        <source>DEMO — videos come from the built-in simulator: no account, no credits. The clips are test patterns, saved apart from your videos in {folder}.</source>
        <translation>演示模式 — 视频来自内置模拟服务：无需账户，不消耗点数。生成的视频为测试图案，与你的视频分开保存在 {folder} 中。</translation>
    </message>
    <message>
        <source>Hailuo Desktop — DEMO</source>
        <translation>Hailuo Desktop — 演示</translation>
    </message>
    <message>
        <source>Save a copy of the video</source>
        <translation>保存视频副本</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>正在关闭…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The service did not accept your API token. Check it in Settings, or create a new one in the AceData Cloud console.</source>
        <translation>服务未接受你的 API 令牌。请在设置中检查，或在 AceData Cloud 控制台中创建新令牌。</translation>
    </message>
    <message>
        <source>token refused</source>
        <translation>令牌被拒绝</translation>
    </message>
    <message>
        <source>Your API token has expired. Create a new one in the AceData Cloud console and paste it in Settings.</source>
        <translation>你的 API 令牌已过期。请在 AceData Cloud 控制台中创建新令牌，并粘贴到设置中。</translation>
    </message>
    <message>
        <source>token expired</source>
        <translation>令牌已过期</translation>
    </message>
    <message>
        <source>No API token was sent. Add your AceData Cloud token in Settings.</source>
        <translation>未发送 API 令牌。请在设置中添加你的 AceData Cloud 令牌。</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>未设置令牌</translation>
    </message>
    <message>
        <source>This token is for another AceData service, not Hailuo. Use a global token or one created for Hailuo.</source>
        <translation>此令牌属于另一项 AceData 服务，不适用于 Hailuo。请使用通用令牌或专为 Hailuo 创建的令牌。</translation>
    </message>
    <message>
        <source>token for another service</source>
        <translation>令牌属于其他服务</translation>
    </message>
    <message>
        <source>Your AceData Cloud balance is too low for this video. Top up in the console, then try again.</source>
        <translation>你的 AceData Cloud 余额不足以生成此视频。请在控制台充值后重试。</translation>
    </message>
    <message>
        <source>balance too low</source>
        <translation>余额不足</translation>
    </message>
    <message>
        <source>The service turned this request away: it is getting too many right now. Nothing was made or charged. Wait a minute, then press Try again.</source>
        <translation>服务拒绝了此请求：当前请求过于频繁。未生成任何视频，也未扣费。请稍等一分钟，然后点击“重试”。</translation>
    </message>
    <message>
        <source>service busy</source>
        <translation>服务繁忙</translation>
    </message>
    <message>
        <source>Your AceData application has been disabled. Contact AceData Cloud support.</source>
        <translation>你的 AceData 应用已被停用。请联系 AceData Cloud 客服。</translation>
    </message>
    <message>
        <source>application disabled</source>
        <translation>应用已停用</translation>
    </message>
    <message>
        <source>The service address is wrong: it has no Hailuo API. Check the address in Settings.</source>
        <translation>服务地址有误：该地址没有 Hailuo API。请在设置中检查地址。</translation>
    </message>
    <message>
        <source>wrong service address</source>
        <translation>服务地址有误</translation>
    </message>
    <message>
        <source>The service had an internal error. You can try again.</source>
        <translation>服务发生内部错误。你可以重试。</translation>
    </message>
    <message>
        <source>service error</source>
        <translation>服务出错</translation>
    </message>
    <message>
        <source>The service refused the request as it stands. Check the prompt and the first-frame link, then try again.</source>
        <translation>服务拒绝了当前的请求。请检查提示词和首帧链接，然后重试。</translation>
    </message>
    <message>
        <source>request refused</source>
        <translation>请求被拒绝</translation>
    </message>
    <message>
        <source>The service refused this request, which can happen when a prompt or image breaks its content rules. Change it and try again.</source>
        <translation>服务拒绝了此请求，可能是提示词或图片违反了其内容规则。请修改后重试。</translation>
    </message>
    <message>
        <source>content refused</source>
        <translation>内容被拒绝</translation>
    </message>
    <message>
        <source>This model is unavailable at the service right now; nothing was charged. Try again in a few minutes or pick another model.</source>
        <translation>此模型目前在服务端不可用，未扣费。请几分钟后重试，或选择其他模型。</translation>
    </message>
    <message>
        <source>model unavailable</source>
        <translation>模型不可用</translation>
    </message>
    <message>
        <source>The service could not make this video. Edit the prompt or first frame and try again.</source>
        <translation>服务无法生成此视频。请修改提示词或首帧后重试。</translation>
    </message>
    <message>
        <source>not made</source>
        <translation>未生成</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent, so the service may have started this video and charged for it. The app is looking for it among your tasks at the service and will follow it if it is there. Nothing is sent again.</source>
        <translation>请求发出后连接中断，服务可能已开始生成此视频并已扣费。应用正在服务端的任务中查找它，如果找到会继续跟进。不会重复发送请求。</translation>
    </message>
    <message>
        <source>The service answered, but not in a way the app can read, so it may have started this video and charged for it. The app is looking for it among your tasks at the service and will follow it if it is there. Nothing is sent again.</source>
        <translation>服务有响应，但应用无法读取，因此服务可能已开始生成此视频并已扣费。应用正在服务端的任务中查找它，如果找到会继续跟进。不会重复发送请求。</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent. The app looked for this video among your tasks at the service and did not find it, so it was most likely never started. Check the AceData Cloud console before trying again: a task there was charged.</source>
        <translation>请求发出后连接中断。应用已在服务端的任务中查找此视频，但没有找到，因此它很可能从未开始生成。重试前请先查看 AceData Cloud 控制台：那里的任务均已扣费。</translation>
    </message>
    <message>
        <source>The service says this video is done, but its link is not a web (http or https) link, so the app will not open or save it. Copy the support info and send it to AceData support.</source>
        <translation>服务表示此视频已完成，但其链接不是网页（http 或 https）链接，因此应用不会打开或保存它。请复制支持信息并发送给 AceData 客服。</translation>
    </message>
    <message>
        <source>The service sent an answer the app cannot read. Try again later.</source>
        <translation>服务返回了应用无法读取的响应。请稍后重试。</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>响应无法读取</translation>
    </message>
    <message>
        <source>Can&apos;t reach the service. Check your internet connection; nothing was sent or charged.</source>
        <translation>无法连接服务。请检查网络连接；未发送任何请求，也未扣费。</translation>
    </message>
    <message>
        <source>not sent: offline</source>
        <translation>未发送：离线</translation>
    </message>
    <message>
        <source>This video is taking unusually long. It may still finish at the service: use Check again to ask once more later.</source>
        <translation>此视频耗时异常长，可能仍会在服务端完成：稍后可点击“再次检查”重新查询。</translation>
    </message>
    <message>
        <source>The service no longer knows this video: it may have been deleted in the AceData Cloud console. The app stopped asking about it; Check again asks once more.</source>
        <translation>服务已找不到此视频：它可能已在 AceData Cloud 控制台中被删除。应用已停止查询；点击“再次检查”可再查询一次。</translation>
    </message>
    <message>
        <source>Your task list could not be saved on disk, so this video was not sent. Check that the disk has free space, then try again.</source>
        <translation>无法将任务列表保存到磁盘，因此此视频未发送。请确认磁盘有可用空间，然后重试。</translation>
    </message>
    <message>
        <source>not sent: disk problem</source>
        <translation>未发送：磁盘问题</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Text → Video</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <source>Describe a scene and the model films it.</source>
        <translation>描述一个场景，模型就会把它拍成视频。</translation>
    </message>
    <message>
        <source>Image → Video</source>
        <translation>图生视频</translation>
    </message>
    <message>
        <source>Bring a picture to life: it becomes the first frame of the clip.</source>
        <translation>让图片动起来：它会成为视频的首帧。</translation>
    </message>
    <message>
        <source>Image → Video, director mode</source>
        <translation>图生视频（导演模式）</translation>
    </message>
    <message>
        <source>Like Image → Video, with camera moves written in the prompt, e.g. [Pan left] or [Push in].</source>
        <translation>与图生视频相同，并可在提示词中写入运镜指令，例如 [Pan&#xa0;left] 或 [Push&#xa0;in]。</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
</context>
<context>
    <name>PictureRules</name>
    <message>
        <source>Windows icon</source>
        <translation>Windows 图标</translation>
    </message>
    <message>
        <source>This file is empty. Pick another picture.</source>
        <translation>此文件为空。请选择其他图片。</translation>
    </message>
    <message>
        <source>This file is not a picture the service takes. Use a JPEG, PNG or WebP image.</source>
        <translation>此文件不是服务支持的图片。请使用 JPEG、PNG 或 WebP 图片。</translation>
    </message>
    <message>
        <source>This picture&apos;s size can&apos;t be read from the file, so it may be damaged. Open it and save it again, or pick another picture.</source>
        <translation>无法从文件中读取此图片的尺寸，文件可能已损坏。请打开后重新保存，或选择其他图片。</translation>
    </message>
    <message>
        <source>This picture is a {kind} file, which the service does not take. Save it as JPEG, PNG or WebP, or pick another picture.</source>
        <translation>此图片是 {kind} 文件，服务不支持。请另存为 JPEG、PNG 或 WebP 格式，或选择其他图片。</translation>
    </message>
    <message>
        <source>This file is not there any more. Pick it again.</source>
        <translation>此文件已不存在。请重新选择。</translation>
    </message>
    <message>
        <source>This is a folder, not a picture. Pick a picture file.</source>
        <translation>这是文件夹，不是图片。请选择图片文件。</translation>
    </message>
    <message>
        <source>You don&apos;t have permission to read this file. Pick another picture, or change the file&apos;s permissions.</source>
        <translation>你没有读取此文件的权限。请选择其他图片，或更改该文件的权限。</translation>
    </message>
    <message>
        <source>This file can&apos;t be read ({error}). Check that it is still there, then pick it again.</source>
        <translation>无法读取此文件（{error}）。请确认文件仍然存在，然后重新选择。</translation>
    </message>
    <message>
        <source>This picture is {size} MB; the service takes up to 20 MB. Save it smaller (or as JPEG), or pick another picture.</source>
        <translation>此图片大小为 {size} MB；服务最多接受 20 MB。请压缩后另存（或存为 JPEG），或选择其他图片。</translation>
    </message>
    <message>
        <source>This picture is {width} × {height} pixels; the service needs at least {least} pixels on the short side. Use a larger picture.</source>
        <translation>此图片为 {width} × {height} 像素；服务要求短边至少 {least} 像素。请使用更大的图片。</translation>
    </message>
    <message>
        <source>This picture is {width} × {height} pixels, taller than the service takes (2:5 at most). Crop it to a wider shape.</source>
        <translation>此图片为 {width} × {height} 像素，比例过高，超出服务允许的范围（最高 2:5）。请裁剪得宽一些。</translation>
    </message>
    <message>
        <source>This picture is {width} × {height} pixels, wider than the service takes (5:2 at most). Crop it to a taller shape.</source>
        <translation>此图片为 {width} × {height} 像素，比例过宽，超出服务允许的范围（最宽 5:2）。请裁剪得高一些。</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
</context>
<context>
    <name>PlatformCheckText</name>
    <message>
        <source>Your platform token works.</source>
        <translation>你的平台令牌有效。</translation>
    </message>
    <message>
        <source>AceData did not accept this platform token: platform tokens start with &quot;platform-v1-&quot; (the API token goes in the other field), so copy one from {page}.</source>
        <translation>AceData 未接受此平台令牌：平台令牌以“platform-v1-”开头（API 令牌应填在另一个输入框中），请从 {page} 复制一个。</translation>
    </message>
    <message>
        <source>Paste a platform token first.</source>
        <translation>请先粘贴平台令牌。</translation>
    </message>
    <message>
        <source>Your platform token works ({who}).</source>
        <translation>你的平台令牌有效（{who}）。</translation>
    </message>
</context>
<context>
    <name>PlatformText</name>
    <message>
        <source>Something went wrong on AceData&apos;s platform; try again later.</source>
        <translation>AceData 平台出了点问题，请稍后重试。</translation>
    </message>
    <message>
        <source>This needs your AceData platform token, which is not the API token: add it in Settings (create one at {page}).</source>
        <translation>此操作需要你的 AceData 平台令牌，它不同于 API 令牌：请在设置中添加（可在 {page} 创建）。</translation>
    </message>
    <message>
        <source>AceData&apos;s platform is busy (HTTP 429); try again in a minute.</source>
        <translation>AceData 平台繁忙（HTTP 429），请一分钟后重试。</translation>
    </message>
    <message>
        <source>AceData&apos;s platform refused the request (HTTP {status}); try again later.</source>
        <translation>AceData 平台拒绝了请求（HTTP {status}），请稍后重试。</translation>
    </message>
    <message>
        <source>AceData did not accept your platform token: copy it again, or create a new one at {page}, and paste it in Settings.</source>
        <translation>AceData 未接受你的平台令牌：请重新复制，或在 {page} 创建新令牌，然后粘贴到设置中。</translation>
    </message>
    <message>
        <source>AceData refused this for your account (permission denied): check that the platform token in Settings is your own, then try again.</source>
        <translation>AceData 拒绝了你账户的此操作（权限不足）：请确认设置中的平台令牌是你自己的，然后重试。</translation>
    </message>
    <message>
        <source>AceData&apos;s platform had a problem (HTTP {status}); try again in a few minutes.</source>
        <translation>AceData 平台出现问题（HTTP {status}），请几分钟后重试。</translation>
    </message>
    <message>
        <source>This file is larger than {most} MB, the most AceData takes: use a smaller file.</source>
        <translation>此文件超过 {most} MB，即 AceData 允许的上限：请使用更小的文件。</translation>
    </message>
    <message>
        <source>AceData&apos;s platform took too long to answer; try again in a minute.</source>
        <translation>AceData 平台响应超时，请一分钟后重试。</translation>
    </message>
    <message>
        <source>Can&apos;t reach AceData&apos;s platform: check your internet connection, then try again.</source>
        <translation>无法连接 AceData 平台：请检查网络连接，然后重试。</translation>
    </message>
    <message>
        <source>AceData&apos;s platform sent an answer the app cannot read; try again later.</source>
        <translation>AceData 平台返回了应用无法读取的响应，请稍后重试。</translation>
    </message>
    <message>
        <source>The file could not be read to the end while it was being sent: check that it is still there and unchanged, then try again.</source>
        <translation>发送文件时未能完整读取：请确认文件仍在原处且未被修改，然后重试。</translation>
    </message>
</context>
<context>
    <name>PlatformTokenSection</name>
    <message>
        <source>Platform token (optional)</source>
        <translation>平台令牌（可选）</translation>
    </message>
    <message>
        <source>A platform token lets the app upload pictures from this computer and show your balance and what each video cost. It can spend money on your whole AceData account, so keep it private; without it, paste links to pictures instead.</source>
        <translation>平台令牌可让应用从这台电脑上传图片，并显示你的余额和每个视频的费用。它可以动用你整个 AceData 账户的资金，请妥善保管；没有平台令牌时，请改为粘贴图片链接。</translation>
    </message>
    <message>
        <source>Your platform token comes from the ACEDATACLOUD_PLATFORM_TOKEN environment variable; it overrides the one saved here.</source>
        <translation>你的平台令牌来自环境变量 ACEDATACLOUD_PLATFORM_TOKEN，它会覆盖此处保存的令牌。</translation>
    </message>
    <message>
        <source>Remove platform token</source>
        <translation>移除平台令牌</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Check the platform token</source>
        <translation>检查平台令牌</translation>
    </message>
    <message>
        <source>Ask AceData who this token belongs to. Changes nothing and costs nothing.</source>
        <translation>向 AceData 查询此令牌属于哪个账户。不会更改任何内容，也不产生费用。</translation>
    </message>
    <message>
        <source>Your platform token is stored in {where}.</source>
        <translation>你的平台令牌保存在{where}中。</translation>
    </message>
    <message>
        <source>No platform token is saved. One you add is stored in {where}.</source>
        <translation>尚未保存平台令牌。添加后将保存在{where}中。</translation>
    </message>
    <message>
        <source>Change platform token…</source>
        <translation>更换平台令牌…</translation>
    </message>
    <message>
        <source>Add platform token…</source>
        <translation>添加平台令牌…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Asking AceData…</source>
        <translation>正在询问 AceData…</translation>
    </message>
    <message>
        <source>Remove your platform token?</source>
        <translation>要移除平台令牌吗？</translation>
    </message>
    <message>
        <source>Remove the saved platform token from this computer? Uploads, the balance and costs stop until you add one again.</source>
        <translation>要从这台电脑移除已保存的平台令牌吗？在重新添加之前，上传、余额和费用显示都将停止。</translation>
    </message>
</context>
<context>
    <name>PlatformWiring</name>
    <message>
        <source>This clip is not saved on this computer yet: its frames come from the file. Try again once it is saved.</source>
        <translation>此视频尚未保存到这台电脑：需要从文件中提取画面。请在保存后重试。</translation>
    </message>
    <message>
        <source>Taking the last frame of the clip…</source>
        <translation>正在提取视频的最后一帧…</translation>
    </message>
    <message>
        <source>Taking the frame on screen…</source>
        <translation>正在提取当前画面…</translation>
    </message>
    <message>
        <source>Copied the request as a curl command; it reads your token from $ACEDATACLOUD_API_TOKEN.</source>
        <translation>已将请求复制为 curl 命令；它会从 $ACEDATACLOUD_API_TOKEN 读取你的令牌。</translation>
    </message>
    <message>
        <source>add a platform token to see it</source>
        <translation>添加平台令牌后可查看</translation>
    </message>
    <message>
        <source>{name}, made {time}</source>
        <translation>{name}，生成于 {time}</translation>
    </message>
    <message>
        <source>“{prompt}”, made {time}</source>
        <translation>“{prompt}”，生成于 {time}</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <source>Select a finished video to watch it here.</source>
        <translation>选择一个已完成的视频，即可在此观看。</translation>
    </message>
    <message>
        <source>Open in system player</source>
        <translation>在系统播放器中打开</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <source>Position in the clip</source>
        <translation>视频播放位置</translation>
    </message>
    <message>
        <source>Left and right arrows move a little, Page Up and Page Down a tenth of the clip.</source>
        <translation>左右方向键可小幅移动，Page Up 和 Page Down 每次移动视频时长的十分之一。</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Loop: play the clip again and again</source>
        <translation>循环：反复播放此视频</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Use this frame</source>
        <translation>使用此帧</translation>
    </message>
    <message>
        <source>Use this frame for the next shot</source>
        <translation>将此帧用于下一个镜头</translation>
    </message>
    <message>
        <source>Start the next shot from the frame on screen: it becomes the first frame of a new image → video.</source>
        <translation>从当前画面开始下一个镜头：它将成为新的“图片 → 视频”任务的首帧。</translation>
    </message>
    <message>
        <source>{name} ({key})</source>
        <translation>{name}（{key}）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <source>F or Esc</source>
        <translation>F 或 Esc</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
</context>
<context>
    <name>PlayerText</name>
    <message>
        <source>Video playback isn&apos;t available on this computer: Qt&apos;s multimedia support is missing. Open the clip in your system player instead.</source>
        <translation>此电脑无法播放视频：缺少所需的多媒体组件。请改用系统播放器打开此视频。</translation>
    </message>
    <message>
        <source>This clip can&apos;t be played here: the file is missing or couldn&apos;t be read. Open it in your system player instead.</source>
        <translation>无法在此播放此视频：文件丢失或无法读取。请改用系统播放器打开。</translation>
    </message>
    <message>
        <source>This clip can&apos;t be played here: the file is damaged or not a video. Open it in your system player instead.</source>
        <translation>无法在此播放此视频：文件已损坏或不是视频。请改用系统播放器打开。</translation>
    </message>
    <message>
        <source>This clip couldn&apos;t be streamed: the connection failed or the link has expired. Check your connection, or open it in your system player.</source>
        <translation>无法在线播放此视频：连接失败或链接已过期。请检查网络连接，或在系统播放器中打开。</translation>
    </message>
    <message>
        <source>This clip can&apos;t be played here: access to it was refused. Open it in your system player instead.</source>
        <translation>无法在此播放此视频：访问被拒绝。请改用系统播放器打开。</translation>
    </message>
    <message>
        <source>This clip couldn&apos;t be loaded from its link: it may have expired, or the server refused it. Open it in your system player, or try again later.</source>
        <translation>无法通过链接加载此视频：链接可能已过期，或服务器拒绝了请求。请在系统播放器中打开，或稍后重试。</translation>
    </message>
    <message>
        <source>This clip can&apos;t be played here. Open it in your system player instead.</source>
        <translation>无法在此播放此视频。请改用系统播放器打开。</translation>
    </message>
</context>
<context>
    <name>PriceLabel</name>
    <message>
        <source>price unknown</source>
        <translation>价格未知</translation>
    </message>
    <message>
        <source>The price can&apos;t be worked out now: AceData&apos;s price rules could not be read, or none fits this request. The app never guesses; AceData charges by its own rules.</source>
        <translation>目前无法计算价格：无法读取 AceData 的价格规则，或没有适用于此请求的规则。应用从不猜测价格；AceData 按其自身规则收费。</translation>
    </message>
    <message numerus="yes">
        <source>%n take(s) {price}</source>
        <translation>
            <numerusform>%n 个版本 {price}</numerusform>
        </translation>
    </message>
    <message>
        <source>By AceData&apos;s published price rules: {each} for each video, charged only when it is made.</source>
        <translation>根据 AceData 公布的价格规则：每个视频 {each}，仅在生成成功后收费。</translation>
    </message>
    <message>
        <source>Price: {text}</source>
        <translation>价格：{text}</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>price unknown</source>
        <translation>价格未知</translation>
    </message>
    <message>
        <source>{amount} {unit}</source>
        <translation>{amount} {unit}</translation>
    </message>
    <message>
        <source>{amount} credit</source>
        <translation>{amount} 点</translation>
    </message>
    <message>
        <source>{amount} credits</source>
        <translation>{amount} 点</translation>
    </message>
    <message>
        <source>&lt; {credits}</source>
        <translation>&lt; {credits}</translation>
    </message>
    <message>
        <source>≈ {credits}</source>
        <translation>≈ {credits}</translation>
    </message>
    <message>
        <source>{price} ({takes} × {each})</source>
        <translation>{price}（{takes} × {each}）</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <source>Remove “{prompt}” from the list?</source>
        <translation>要从列表中移除“{prompt}”吗？</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n video(s) from the list?</source>
        <translation>
            <numerusform>要从列表中移除 %n 个视频吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) still being made at the service will keep running there and may still be charged. The app stops following them, so a clip that finishes is not saved.</source>
        <translation>
            <numerusform>%n 个仍在服务端生成的视频会继续运行，并且仍可能扣费。应用将不再跟踪它们，因此之后完成的视频不会被保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) may have started at the service and been charged; the app stops looking for them.</source>
        <translation>
            <numerusform>%n 个视频可能已在服务端开始生成并已扣费；应用将不再查找它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings back what you remove.</source>
        <translation>撤销（Ctrl+Z）可恢复你移除的内容。</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>从列表中移除</translation>
    </message>
    <message numerus="yes">
        <source>Also move the saved video file(s) and their .json to the system trash</source>
        <translation>
            <numerusform>同时将已保存的视频文件及其 .json 文件移到系统回收站</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop following and remove</source>
        <translation>停止跟踪并移除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>Save to library</source>
        <translation>保存到视频库</translation>
    </message>
    <message>
        <source>Save again</source>
        <translation>重新保存</translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation>重试保存</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Reveal in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Try saving now</source>
        <translation>立即尝试保存</translation>
    </message>
    <message>
        <source>Stop saving</source>
        <translation>停止保存</translation>
    </message>
    <message>
        <source>Use these settings again</source>
        <translation>再次使用这些设置</translation>
    </message>
    <message>
        <source>Continue from last frame</source>
        <translation>从最后一帧继续</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再次检查</translation>
    </message>
    <message>
        <source>Look for it at the service</source>
        <translation>在服务端查找</translation>
    </message>
    <message>
        <source>Copy video link</source>
        <translation>复制视频链接</translation>
    </message>
    <message>
        <source>Copy task id</source>
        <translation>复制任务编号</translation>
    </message>
    <message>
        <source>Copy trace id</source>
        <translation>复制追踪编号</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>复制提示词</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl 命令</translation>
    </message>
</context>
<context>
    <name>SendGate</name>
    <message>
        <source>Your Hailuo balance is {balance}, less than one video costs ({price}). Top up in the AceData console (click the balance below), then try again.</source>
        <translation>你的 Hailuo 余额为 {balance}，不足以生成一个视频（{price}）。请在 AceData 控制台充值（点击下方的余额），然后重试。</translation>
    </message>
    <message>
        <source>AceData said your balance was used up at the last try. Top up in the console, then press Generate again.</source>
        <translation>AceData 表示上次尝试时你的余额已用完。请在控制台充值，然后再次点击“生成”。</translation>
    </message>
    <message>
        <source>Hailuo is having trouble</source>
        <translation>Hailuo 服务出现问题</translation>
    </message>
    <message>
        <source>Generate anyway</source>
        <translation>仍然生成</translation>
    </message>
    <message numerus="yes">
        <source>This starts %n paid generation(s); their price is unknown. Start them?</source>
        <translation>
            <numerusform>这将开始 %n 个付费生成任务，价格未知。要开始吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This starts %n paid generation(s), about {price}. Start them? Your balance ({balance}) may not cover all of them.</source>
        <translation>
            <numerusform>这将开始 %n 个付费生成任务，约 {price}。要开始吗？你的余额（{balance}）可能不足以支付全部任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This starts %n paid generation(s), about {price}. Start them?</source>
        <translation>
            <numerusform>这将开始 %n 个付费生成任务，约 {price}。要开始吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start %n video(s)?</source>
        <translation>
            <numerusform>要开始生成 %n 个视频吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start %n video(s)</source>
        <translation>
            <numerusform>开始生成 %n 个视频</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ServiceStatusLabel</name>
    <message>
        <source>operational</source>
        <translation>运行正常</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>性能下降</translation>
    </message>
    <message>
        <source>partial outage</source>
        <translation>部分中断</translation>
    </message>
    <message>
        <source>major outage</source>
        <translation>严重中断</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <source>Hailuo&apos;s status at AceData has not been read yet.</source>
        <translation>尚未读取 AceData 上 Hailuo 的服务状态。</translation>
    </message>
    <message>
        <source>{sentence} AceData&apos;s status page, as of {time}.</source>
        <translation>{sentence}数据来自 AceData 状态页，截至 {time}。</translation>
    </message>
    <message>
        <source>Service status: {words}</source>
        <translation>服务状态：{words}</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Can&apos;t open your task list: {error}. Check that the data folder is writable, then restart the app.</source>
        <translation>无法打开你的任务列表：{error}。请确认数据文件夹可写，然后重启应用。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Default: {folder}</source>
        <translation>默认：{folder}</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>默认文件夹</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>视频库文件夹</translation>
    </message>
    <message>
        <source>Where finished videos are saved. Empty: the default folder.</source>
        <translation>已完成视频的保存位置。留空则使用默认文件夹。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Save each finished video to this folder by itself</source>
        <translation>自动将每个已完成的视频保存到此文件夹</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>视频库</translation>
    </message>
    <message>
        <source>Tell me when a video is ready or has failed</source>
        <translation>视频生成完成或失败时通知我</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Check unfinished videos every</source>
        <translation>未完成视频的检查间隔</translation>
    </message>
    <message>
        <source>Stop checking a video after</source>
        <translation>停止检查视频的时限</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>任务跟踪</translation>
    </message>
    <message>
        <source>https://api.acedata.cloud (the default)</source>
        <translation>https://api.acedata.cloud（默认）</translation>
    </message>
    <message>
        <source>ACEDATACLOUD_API_BASE_URL is set and overrides this address.</source>
        <translation>已设置 ACEDATACLOUD_API_BASE_URL，它会覆盖此地址。</translation>
    </message>
    <message>
        <source>Optional, e.g. https://example.com/hook</source>
        <translation>可选，例如 https://example.com/hook</translation>
    </message>
    <message>
        <source>The service also sends each finished result to this address. The app keeps checking by itself either way.</source>
        <translation>服务还会将每个完成的结果发送到此地址。无论是否设置，应用都会自行检查任务状态。</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>回调地址</translation>
    </message>
    <message>
        <source>Videos made at once</source>
        <translation>同时生成的视频数</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language shows the next time Hailuo Desktop starts.</source>
        <translation>新语言将在下次启动 Hailuo Desktop 时生效。</translation>
    </message>
    <message>
        <source>Trying this folder…</source>
        <translation>正在检查此文件夹…</translation>
    </message>
    <message>
        <source>This folder could not be tried. Choose another.</source>
        <translation>无法检查此文件夹。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Videos will be saved here.</source>
        <translation>视频将保存在此处。</translation>
    </message>
    <message>
        <source>This folder will be made when the first video is saved.</source>
        <translation>保存第一个视频时将创建此文件夹。</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>选择视频库文件夹</translation>
    </message>
</context>
<context>
    <name>SettingsRules</name>
    <message>
        <source>Choose between 2 and 60 seconds.</source>
        <translation>请选择 2 到 60 秒之间的值。</translation>
    </message>
    <message>
        <source>Choose between 5 and 240 minutes.</source>
        <translation>请选择 5 到 240 分钟之间的值。</translation>
    </message>
    <message>
        <source>Choose between 1 and 10 videos at once.</source>
        <translation>请选择同时生成 1 到 10 个视频。</translation>
    </message>
    <message>
        <source>The volume goes from 0 to 1.</source>
        <translation>音量范围为 0 到 1。</translation>
    </message>
    <message>
        <source>This value has the wrong type.</source>
        <translation>此值的类型不正确。</translation>
    </message>
    <message>
        <source>This is not a window&apos;s place.</source>
        <translation>这不是有效的窗口位置。</translation>
    </message>
    <message>
        <source>The app has no translation in this language.</source>
        <translation>应用没有此语言的翻译。</translation>
    </message>
    <message>
        <source>This text has control characters inside.</source>
        <translation>此文本中包含控制字符。</translation>
    </message>
    <message>
        <source>An address has no spaces or line breaks inside.</source>
        <translation>地址中不能包含空格或换行。</translation>
    </message>
    <message>
        <source>This address is not valid. Check it, or copy it again.</source>
        <translation>此地址无效。请检查，或重新复制。</translation>
    </message>
    <message>
        <source>The port number after the colon is not valid.</source>
        <translation>冒号后的端口号无效。</translation>
    </message>
    <message>
        <source>Write a full address that starts with https://, e.g. https://api.acedata.cloud</source>
        <translation>请填写以 https:// 开头的完整地址，例如 https://api.acedata.cloud</translation>
    </message>
    <message>
        <source>Leave user names and passwords out of the address.</source>
        <translation>地址中不要包含用户名和密码。</translation>
    </message>
    <message>
        <source>The service address ends at its path: remove the part from ? or #.</source>
        <translation>服务地址应止于路径：请删除从 ? 或 # 开始的部分。</translation>
    </message>
    <message>
        <source>Use https:// so nothing travels unencrypted. Plain http:// is only allowed for this computer (localhost or 127.0.0.1).</source>
        <translation>请使用 https://，以免数据以未加密方式传输。仅本机地址（localhost 或 127.0.0.1）允许使用普通的 http://。</translation>
    </message>
    <message>
        <source>A folder name cannot contain line breaks or control characters.</source>
        <translation>文件夹名称不能包含换行或控制字符。</translation>
    </message>
    <message>
        <source>Choose a full folder path, for example with Browse…</source>
        <translation>请选择完整的文件夹路径，例如通过“浏览…”选择</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Your settings could not be saved ({error}); they apply until you close the app.</source>
        <translation>无法保存你的设置（{error}）；在关闭应用之前，这些设置仍然有效。</translation>
    </message>
</context>
<context>
    <name>SpendText</name>
    <message>
        <source>not known yet</source>
        <translation>暂未知晓</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>not charged</source>
        <translation>未扣费</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>未知模型</translation>
    </message>
    <message>
        <source>Add a platform token to see what each video cost.</source>
        <translation>添加平台令牌即可查看每个视频的费用。</translation>
    </message>
</context>
<context>
    <name>SpendView</name>
    <message>
        <source>Spend</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>From AceData&apos;s spend log: each video is matched to its charge by its trace id. Failed videos are not charged.</source>
        <translation>数据来自 AceData 的消费日志：每个视频通过追踪编号与其扣费记录对应。失败的视频不扣费。</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Credits spent by day</source>
        <translation>每日消费点数</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Credits spent by model</source>
        <translation>各模型消费点数</translation>
    </message>
    <message>
        <source>By &amp;day</source>
        <translation>按日期(&amp;D)</translation>
    </message>
    <message>
        <source>By &amp;model</source>
        <translation>按模型(&amp;M)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Ask AceData&apos;s spend log again.</source>
        <translation>重新查询 AceData 的消费日志。</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save one line per video, with its cost, for a spreadsheet.</source>
        <translation>每个视频保存为一行（含费用），便于在电子表格中使用。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>{credits} spent on %n video(s)</source>
        <translation>
            <numerusform>%n 个视频共消费 {credits}</numerusform>
        </translation>
    </message>
    <message>
        <source>No charges found yet</source>
        <translation>暂无扣费记录</translation>
    </message>
    <message>
        <source>Export the spend as CSV</source>
        <translation>将消费记录导出为 CSV</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>No videos yet</source>
        <translation>暂无视频</translation>
    </message>
    <message numerus="yes">
        <source>%Ln video(s)</source>
        <translation>
            <numerusform>%Ln 个视频</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln shown</source>
        <translation>
            <numerusform>共 %Ln 个，显示 {shown} 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln 个已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>%Ln 个进行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unconfirmed</source>
        <translation>
            <numerusform>%Ln 个未确认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to check later</source>
        <translation>
            <numerusform>%Ln 个待稍后检查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gone from the service</source>
        <translation>
            <numerusform>%Ln 个已不在服务端</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportInfo</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Time: {time}</source>
        <translation>时间：{time}</translation>
    </message>
    <message>
        <source>Platform: {platform}</source>
        <translation>平台：{platform}</translation>
    </message>
    <message>
        <source>Model: {label} ({id})</source>
        <translation>模型：{label}（{id}）</translation>
    </message>
    <message>
        <source>Task id: {id}</source>
        <translation>任务编号：{id}</translation>
    </message>
    <message>
        <source>none (the service gave no id)</source>
        <translation>无（服务未返回编号）</translation>
    </message>
    <message>
        <source>Trace id: {id}</source>
        <translation>追踪编号：{id}</translation>
    </message>
    <message>
        <source>State: {label} ({state})</source>
        <translation>状态：{label}（{state}）</translation>
    </message>
    <message>
        <source>Submitted: {time}</source>
        <translation>提交时间：{time}</translation>
    </message>
    <message>
        <source>Error code: {code}</source>
        <translation>错误代码：{code}</translation>
    </message>
    <message>
        <source>Service said: {message}</source>
        <translation>服务返回：{message}</translation>
    </message>
    <message>
        <source>Explanation: {sentence}</source>
        <translation>说明：{sentence}</translation>
    </message>
    <message>
        <source>Download ({state}): {error}</source>
        <translation>下载（{state}）：{error}</translation>
    </message>
    <message>
        <source>Service status: {sentence}</source>
        <translation>服务状态：{sentence}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无内容</translation>
    </message>
</context>
<context>
    <name>TaskCells</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <source>Waiting to save</source>
        <translation>等待保存</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>正在重试…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Link expired</source>
        <translation>链接已过期</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>文件丢失</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Saving {percent}%</source>
        <translation>正在保存 {percent}%</translation>
    </message>
    <message>
        <source>Saving… {size} MB</source>
        <translation>正在保存… {size} MB</translation>
    </message>
    <message>
        <source>Take {number} of {count}</source>
        <translation>版本 {number}/{count}</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>未加星标</translation>
    </message>
    <message>
        <source>{take} · {prompt}</source>
        <translation>{take} · {prompt}</translation>
    </message>
    <message>
        <source>Starred: a keeper. Click, or press S, to change.</source>
        <translation>已加星标：值得保留。点击或按 S 可更改。</translation>
    </message>
    <message>
        <source>Click, or press S, to star this take as a keeper.</source>
        <translation>点击或按 S，给这个版本加星标以便保留。</translation>
    </message>
    <message>
        <source>Service said: {message}</source>
        <translation>服务返回：{message}</translation>
    </message>
    <message>
        <source>Trace id: {id}</source>
        <translation>追踪编号：{id}</translation>
    </message>
</context>
<context>
    <name>TaskDetails</name>
    <message>
        <source>Update token…</source>
        <translation>更新令牌…</translation>
    </message>
    <message>
        <source>Open Settings to change your API token.</source>
        <translation>打开设置以更改你的 API 令牌。</translation>
    </message>
    <message>
        <source>Top up…</source>
        <translation>充值…</translation>
    </message>
    <message>
        <source>Open the AceData Cloud console to add credits.</source>
        <translation>打开 AceData Cloud 控制台充值点数。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Send the same request again. It uses credits if it works.</source>
        <translation>再次发送相同的请求。如果成功，将消耗点数。</translation>
    </message>
    <message>
        <source>Open console…</source>
        <translation>打开控制台…</translation>
    </message>
    <message>
        <source>See your tasks and what they cost in the AceData Cloud console.</source>
        <translation>在 AceData Cloud 控制台查看你的任务及其费用。</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>提示词：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>First frame:</source>
        <translation>首帧：</translation>
    </message>
    <message>
        <source>Continues:</source>
        <translation>续接自：</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <source>Service said:</source>
        <translation>服务返回：</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>On disk:</source>
        <translation>本地文件：</translation>
    </message>
    <message>
        <source>Task id:</source>
        <translation>任务编号：</translation>
    </message>
    <message>
        <source>Trace id:</source>
        <translation>追踪编号：</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>开始时间：</translation>
    </message>
    <message>
        <source>Use these settings again</source>
        <translation>再次使用这些设置</translation>
    </message>
    <message>
        <source>Put this prompt, model and first frame back in the form.</source>
        <translation>将此提示词、模型和首帧填回表单。</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再次检查</translation>
    </message>
    <message>
        <source>Ask the service about this task again.</source>
        <translation>再次向服务查询此任务。</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>Ask the service whether it started this video. This sends nothing new and costs nothing.</source>
        <translation>向服务确认是否已开始生成此视频。不会发送新请求，也不收费。</translation>
    </message>
    <message>
        <source>Copy support info</source>
        <translation>复制支持信息</translation>
    </message>
    <message>
        <source>Copy what AceData support needs to find this task: ids, times and the error. Never your token or prompt.</source>
        <translation>复制 AceData 支持团队查找此任务所需的信息：编号、时间和错误。绝不包含你的令牌或提示词。</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ 已加星标</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ 星标</translation>
    </message>
    <message>
        <source>Starred: a keeper. Click (or S in the list) to take the star away.</source>
        <translation>已加星标：值得保留。点击（或在列表中按 S）可取消星标。</translation>
    </message>
    <message>
        <source>Star this video as a keeper (S in the list).</source>
        <translation>给这个视频加星标以便保留（在列表中按 S）。</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>星标</translation>
    </message>
    <message>
        <source>Select a video to see its details.</source>
        <translation>选择一个视频以查看详情。</translation>
    </message>
    <message>
        <source>Edit and try again</source>
        <translation>编辑后重试</translation>
    </message>
    <message>
        <source>{name} (uploaded: {link})</source>
        <translation>{name}（已上传：{link}）</translation>
    </message>
    <message>
        <source>an earlier clip (no longer in the list)</source>
        <translation>之前的一个视频（已不在列表中）</translation>
    </message>
</context>
<context>
    <name>TaskLimits</name>
    <message numerus="yes">
        <source>Settings allow %n video(s) at once, fewer than the {asked} asked for. Ask for fewer, or raise the limit in Settings.</source>
        <translation>
            <numerusform>设置中最多允许同时生成 %n 个视频，少于你要求的 {asked} 个。请减少数量，或在设置中提高上限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) already being made, the most Settings allow at once. Wait for one to finish, or raise the limit in Settings.</source>
        <translation>
            <numerusform>已有 %n 个视频正在生成，已达到设置允许的同时生成上限。请等待其中一个完成，或在设置中提高上限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) already being made; {asked} more would pass the {most} Settings allow at once. Wait, ask for fewer, or raise the limit in Settings.</source>
        <translation>
            <numerusform>已有 %n 个视频正在生成；再生成 {asked} 个将超过设置允许的同时生成上限（{most} 个）。请稍候、减少数量，或在设置中提高上限。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskStates</name>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Still running — check later</source>
        <translation>仍在进行 — 稍后检查</translation>
    </message>
    <message>
        <source>Gone from the service</source>
        <translation>服务端已无此任务</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>Your videos. Right-click a row for more; Delete removes the selected rows, S stars them.</source>
        <translation>你的视频。右键点击某行查看更多操作；按 Delete 移除所选行，按 S 加星标。</translation>
    </message>
    <message>
        <source>Your videos</source>
        <translation>你的视频</translation>
    </message>
    <message>
        <source>Up and down arrows choose a video, which then plays in the preview. Enter plays it from the start, Space pauses, the Menu key shows what else can be done. Shift or Ctrl with a click or an arrow selects several; S stars them, Delete removes them.</source>
        <translation>用上下方向键选择视频，选中的视频会在预览中播放。按 Enter 从头播放，按 Space 暂停，按菜单键查看更多操作。按住 Shift 或 Ctrl 再点击或按方向键可选择多个；按 S 加星标，按 Delete 移除。</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
</context>
<context>
    <name>ThumbnailLabel</name>
    <message>
        <source>Preview of the first frame</source>
        <translation>首帧预览</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Show the video</source>
        <translation>查看视频</translation>
    </message>
    <message>
        <source>Select the video this message is about and play it.</source>
        <translation>选中此消息所指的视频并播放。</translation>
    </message>
</context>
<context>
    <name>TokenCheckText</name>
    <message>
        <source>Your token works.</source>
        <translation>你的令牌可以使用。</translation>
    </message>
    <message>
        <source>This token is wrong or has expired. Copy it again from the AceData Cloud console, or create a new one there.</source>
        <translation>此令牌有误或已过期。请从 AceData Cloud 控制台重新复制，或在那里创建一个新令牌。</translation>
    </message>
    <message>
        <source>This token is not for Hailuo. Use a global token, or create one for Hailuo in the AceData Cloud console (Applications).</source>
        <translation>此令牌不适用于 Hailuo。请使用全局令牌，或在 AceData Cloud 控制台（“应用”页面）中为 Hailuo 创建一个令牌。</translation>
    </message>
    <message>
        <source>Can&apos;t reach the service. Check your internet connection and the service address in Settings, then try again.</source>
        <translation>无法连接到服务。请检查你的网络连接以及设置中的服务地址，然后重试。</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>请先粘贴令牌。</translation>
    </message>
    <message>
        <source>The service address has no Hailuo API. Check the address in Settings (Advanced), or leave it empty.</source>
        <translation>该服务地址没有 Hailuo API。请检查设置（高级）中的地址，或将其留空。</translation>
    </message>
    <message>
        <source>Your token works, but your balance is used up. Top up in the AceData Cloud console before making videos.</source>
        <translation>你的令牌可以使用，但余额已用完。请先在 AceData Cloud 控制台充值，再生成视频。</translation>
    </message>
    <message>
        <source>The service is busy right now (HTTP 429). Try Check again in a minute.</source>
        <translation>服务当前繁忙（HTTP 429）。请一分钟后再点击“检查”重试。</translation>
    </message>
    <message>
        <source>The service answered with something that is not the Hailuo API (HTTP {status}). Check the service address in Settings.</source>
        <translation>服务返回的内容不是 Hailuo API（HTTP {status}）。请检查设置中的服务地址。</translation>
    </message>
    <message>
        <source>The service answered with something that is not the Hailuo API. Check the service address in Settings.</source>
        <translation>服务返回的内容不是 Hailuo API。请检查设置中的服务地址。</translation>
    </message>
    <message>
        <source>The service could not check the token (HTTP {status}). Try again later.</source>
        <translation>服务无法检查该令牌（HTTP {status}）。请稍后重试。</translation>
    </message>
</context>
<context>
    <name>TokenSection</name>
    <message>
        <source>Your token comes from the ACEDATACLOUD_API_TOKEN environment variable, which the app never saves. To change or remove it, change the variable and start the app again.</source>
        <translation>你的令牌来自环境变量 ACEDATACLOUD_API_TOKEN，应用从不保存它。如需更改或移除，请修改该变量后重新启动应用。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Change token…</source>
        <translation>更改令牌…</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>移除令牌</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Ask the service whether the token works. Starts no video and costs nothing.</source>
        <translation>向服务确认令牌是否可用。不会生成视频，也不收费。</translation>
    </message>
    <message>
        <source>Your token is kept in {where}.</source>
        <translation>你的令牌保存在{where}中。</translation>
    </message>
    <message>
        <source>No token is saved. A token you add will be kept in {where}.</source>
        <translation>尚未保存令牌。你添加的令牌将保存在{where}中。</translation>
    </message>
    <message>
        <source>Add token…</source>
        <translation>添加令牌…</translation>
    </message>
    <message>
        <source>The token comes from ACEDATACLOUD_API_TOKEN: change the variable instead.</source>
        <translation>令牌来自 ACEDATACLOUD_API_TOKEN：请改为修改该变量。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Asking the service…</source>
        <translation>正在询问服务…</translation>
    </message>
    <message>
        <source>Remove your token?</source>
        <translation>移除你的令牌？</translation>
    </message>
    <message>
        <source>Remove the saved token from this computer? You can paste it again later from the AceData Cloud console.</source>
        <translation>要从这台电脑上移除已保存的令牌吗？之后你可以从 AceData Cloud 控制台重新粘贴。</translation>
    </message>
</context>
<context>
    <name>TokenStores</name>
    <message>
        <source>the system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>a private file on this computer (not encrypted)</source>
        <translation>这台电脑上的一个私有文件（未加密）</translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>Tokens have no spaces inside. Copy it again from the console, in one piece (spaces and line breaks around it are fine).</source>
        <translation>令牌中间不含空格。请从控制台重新完整复制（前后的空格和换行没有关系）。</translation>
    </message>
    <message>
        <source>This token has an invisible or unusual character that tokens never contain. Copy it again from the console.</source>
        <translation>此令牌包含令牌中不会出现的不可见字符或异常字符。请从控制台重新复制。</translation>
    </message>
    <message>
        <source>{variable} is set, but its value can&apos;t be a token: it has spaces or characters other than plain letters, digits and punctuation inside. Fix the variable or remove it, then start the app again.</source>
        <translation>已设置 {variable}，但它的值不可能是令牌：其中含有空格，或除普通字母、数字和标点以外的字符。请修正或移除该变量，然后重新启动应用。</translation>
    </message>
</context>
<context>
    <name>TrackingText</name>
    <message numerus="yes">
        <source>%n unfinished video(s)</source>
        <translation>
            <numerusform>%n 个未完成的视频</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracking {videos} · checking now…</source>
        <translation>正在跟踪 {videos} · 正在检查…</translation>
    </message>
    <message numerus="yes">
        <source>Tracking {videos} · next check in %n s.</source>
        <translation>
            <numerusform>正在跟踪 {videos} · %n 秒后再次检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>trying again now…</source>
        <translation>正在重试…</translation>
    </message>
    <message numerus="yes">
        <source>trying again in %n s</source>
        <translation>
            <numerusform>%n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>Can&apos;t check your videos: the service refused the token ({detail}). Update it in Settings; {when}.</source>
        <translation>无法检查你的视频：服务拒绝了令牌（{detail}）。请在设置中更新令牌；{when}。</translation>
    </message>
    <message>
        <source>Can&apos;t check your videos: the service refused the token. Update it in Settings; {when}.</source>
        <translation>无法检查你的视频：服务拒绝了令牌。请在设置中更新令牌；{when}。</translation>
    </message>
    <message>
        <source>The service is busy: trying again now…</source>
        <translation>服务繁忙：正在重试…</translation>
    </message>
    <message>
        <source>Offline: can&apos;t reach the service. Trying again now…</source>
        <translation>离线：无法连接到服务。正在重试…</translation>
    </message>
    <message>
        <source>The service had a problem answering: trying again now…</source>
        <translation>服务响应出现问题：正在重试…</translation>
    </message>
    <message numerus="yes">
        <source>The service is busy: trying again in %n s.</source>
        <translation>
            <numerusform>服务繁忙：%n 秒后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: can&apos;t reach the service. Trying again in %n s.</source>
        <translation>
            <numerusform>离线：无法连接到服务。%n 秒后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service had a problem answering: trying again in %n s.</source>
        <translation>
            <numerusform>服务响应出现问题：%n 秒后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>{name} could not be moved to the trash</source>
        <translation>无法将 {name} 移到回收站</translation>
    </message>
    <message>
        <source>{name} is back in its folder already</source>
        <translation>{name} 已经回到原来的文件夹中</translation>
    </message>
    <message>
        <source>{name} could not be taken out of the trash ({error})</source>
        <translation>无法将 {name} 从回收站中取出（{error}）</translation>
    </message>
</context>
<context>
    <name>Uploads</name>
    <message>
        <source>Uploading a picture from this computer needs your AceData platform token: add it in Settings, or paste a link to the picture instead.</source>
        <translation>从这台电脑上传图片需要你的 AceData 平台令牌：请在设置中添加，或改为粘贴图片链接。</translation>
    </message>
    <message>
        <source>The picture could not be uploaded because of a fault in the app; the log has the details.</source>
        <translation>由于应用出现故障，图片未能上传；详情请查看日志。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Write a prompt first: describe the video you want.</source>
        <translation>请先写提示词：描述你想要的视频。</translation>
    </message>
    <message>
        <source>The prompt is {length} characters long; the limit is {limit}. Shorten it and try again.</source>
        <translation>提示词长度为 {length} 个字符，上限为 {limit} 个。请缩短后重试。</translation>
    </message>
    <message>
        <source>{model} needs a first frame: drop or paste a picture, choose one with Browse…, or paste a link to one.</source>
        <translation>{model} 需要首帧：拖入或粘贴一张图片，通过“浏览…”选择一张，或粘贴图片链接。</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Hailuo Desktop</source>
        <translation>欢迎使用 Hailuo Desktop</translation>
    </message>
    <message>
        <source>Change your token</source>
        <translation>更改你的令牌</translation>
    </message>
    <message>
        <source>Connect your AceData Cloud account</source>
        <translation>连接你的 AceData Cloud 账户</translation>
    </message>
    <message>
        <source>Hailuo Desktop makes videos with the Hailuo models through AceData Cloud. It needs an API token from your account:</source>
        <translation>Hailuo Desktop 通过 AceData Cloud 使用 Hailuo 模型生成视频。它需要你账户中的一个 API 令牌：</translation>
    </message>
    <message>
        <source>1.  Open the AceData Cloud console and sign in.
2.  Go to Applications and copy a token (a global token, or one for Hailuo).
3.  Paste it below, press Check, then Save.</source>
        <translation>1.  打开 AceData Cloud 控制台并登录。
2.  进入“应用”页面并复制一个令牌（全局令牌或 Hailuo 专用令牌）。
3.  粘贴到下方，点击“检查”，然后点击“保存”。</translation>
    </message>
    <message>
        <source>Open the AceData Cloud console</source>
        <translation>打开 AceData Cloud 控制台</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>Later, for pictures from your computer, your balance and what each video cost, the app may ask for a second, optional secret: a platform token. It can spend money on your whole account, so it is asked for only then.</source>
        <translation>之后，为了上传电脑中的图片、查看余额和每个视频的费用，应用可能会请求第二个可选密钥：平台令牌。它可以动用你整个账户的资金，因此只在需要时才会请求。</translation>
    </message>
    <message>
        <source>Add a platform token</source>
        <translation>添加平台令牌</translation>
    </message>
    <message>
        <source>Your AceData platform token</source>
        <translation>你的 AceData 平台令牌</translation>
    </message>
    <message>
        <source>A platform token lets the app upload pictures from this computer, show your balance and what each video cost. It is optional: without it, paste links to pictures instead.</source>
        <translation>平台令牌可让应用从这台电脑上传图片，并显示你的余额和每个视频的费用。它是可选的：没有它，也可以改为粘贴图片链接。</translation>
    </message>
    <message>
        <source>1.  Open the platform tokens page of the AceData console and sign in.
2.  Create a token (it starts with platform-v1-) and copy it.
3.  Paste it below, press Check (it costs nothing), then Save.</source>
        <translation>1.  打开 AceData 控制台的平台令牌页面并登录。
2.  创建一个令牌（以 platform-v1- 开头）并复制。
3.  粘贴到下方，点击“检查”（不收费），然后点击“保存”。</translation>
    </message>
    <message>
        <source>Open the platform tokens page</source>
        <translation>打开平台令牌页面</translation>
    </message>
    <message>
        <source>Platform token</source>
        <translation>平台令牌</translation>
    </message>
    <message>
        <source>Keep it private: a platform token works like your password for the whole AceData account. It can spend your credits and buy more. The app uses it only to upload pictures and read your balance and spending.</source>
        <translation>请妥善保管：平台令牌相当于你整个 AceData 账户的密码，可以花费你的点数并购买更多点数。应用只用它来上传图片以及读取你的余额和消费记录。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Paste your token here</source>
        <translation>在此粘贴你的令牌</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>显示令牌</translation>
    </message>
    <message>
        <source>Your token will be kept in {where}.</source>
        <translation>你的令牌将保存在{where}中。</translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation>改为试用演示</translation>
    </message>
    <message>
        <source>Make pretend videos with a built-in simulator: no account, nothing charged.</source>
        <translation>使用内置模拟服务生成模拟视频：无需账户，不收任何费用。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Ask the service whether this token works. Starts no video and costs nothing.</source>
        <translation>向服务确认此令牌是否可用。不会生成视频，也不收费。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>隐藏令牌</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Asking the service…</source>
        <translation>正在询问服务…</translation>
    </message>
    <message>
        <source>The check could not run. Try again.</source>
        <translation>无法进行检查。请重试。</translation>
    </message>
</context>
<context>
    <name>_Pane</name>
    <message>
        <source>Clip {number}</source>
        <translation>视频 {number}</translation>
    </message>
    <message>
        <source>Mark this take as the keeper.</source>
        <translation>将这个版本标记为保留版本。</translation>
    </message>
    <message>
        <source>★ Keeper</source>
        <translation>★ 保留</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ 星标</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>星标</translation>
    </message>
</context>
</TS>
