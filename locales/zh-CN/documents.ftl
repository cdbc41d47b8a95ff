# The documents panel: adding files and pasted text.
documents-title = 文档
# "choose files" is underlined, where { $choose } stands.
documents-drop = 将文件拖放到此处，或{ $choose }
documents-choose = 选择文件
documents-formats = PDF、Word (.docx)、HTML、Markdown、CSV、JSON、文本。不会上传任何内容：文件在本页面中读取。
documents-paste-placeholder = …或在此处粘贴文本
documents-paste-label = 粘贴文本
documents-paste-add = 添加粘贴的文本
# The name a pasted text gets; $count is its place in the list.
documents-pasted-name = 粘贴的文本 { $count }

# A file being read, with a progress bar and a stop button.
documents-reading-label = 正在读取 { $name }
documents-reading = 正在读取…
documents-progress-pages = 第 { $done } 页，共 { $total } 页
documents-progress-mb = { $done } / { $total } MB
documents-stop-label = 停止读取 { $name }

# One loaded document.
documents-remove-label = 移除 { $name }
documents-kind-text = 文本
documents-details = { $kind } · { $chars } 个字符 · { $pages } 页 · { $tokens } 个词元
documents-preview = 预览
documents-chunks = { $count } 个片段，每个最多 { $size } 个字符
documents-chunks-about = 约 { $count }
documents-chunk-page = 第 { $page } 页
documents-chunk-pages = 第 { $first }–{ $last } 页

# A file that could not be read: "<file name>: <reason>."
documents-file-error = { $name }：{ $reason }。
documents-error-empty = 文件为空
documents-error-binary = 这似乎是二进制文件，而不是文本
documents-error-too-large = 文件大小为 { $size } MB，超过 { $limit } MB 的上限（可在“设置 → 文档”中更改）
documents-error-corrupt = 这不是有效的 { $kind } 文件（{ $detail }）
documents-error-not-handed-over = 浏览器无法读取该文件；请重新选择，或先将其复制到本设备
documents-error-encrypted = 文件受密码保护；请打开文件，移除密码，保存后重新加载
documents-error-encrypted-or-old = 文件已加密，或是旧版 Word 97–2003 文件；请另存为 .docx（不设密码）后重新加载
documents-error-no-text = 文件没有文本层（页面的扫描件或照片）；请先进行 OCR 文字识别，或粘贴其文本
documents-error-unsupported = 无法读取 { $kind } 文件；请另存为 PDF、Word (.docx)、HTML 或文本
documents-error-unsupported-image = 无法读取图片文件；请另存为 PDF、Word (.docx)、HTML 或文本
documents-error-unsupported-archive = 无法读取压缩文件；请另存为 PDF、Word (.docx)、HTML 或文本
documents-error-reader = 无法加载 PDF 阅读器（{ $detail }）；请检查与本页面服务器的连接，然后重试

# Details in brackets of the errors above.
documents-detail-pdfjs = pdf.js 无法读取该文件
documents-detail-pdf-in-page = PDF 文件由页面读取
documents-detail-not-zip = 它不是 zip 压缩包
documents-detail-no-word = 它是 zip 压缩包，但其中没有 Word 文档
documents-detail-text-damaged = 其文本部分已损坏
documents-detail-not-utf8 = 其文本部分不是 UTF-8 编码
documents-detail-xml = 其 XML 已损坏（{ $error }）
documents-detail-not-started = 文档阅读器未能启动：{ $detail }
documents-detail-stopped = 它在读取过程中停止了
documents-detail-bad-reply = 无法读取的回复（{ $error }）

# Warnings under a document that was read.
documents-warning-blank-pages = { $total } 页中有 { $empty } 页没有文本（图片或扫描件）；其内容不会被读取。
documents-warning-ragged = 有 { $count } 行的字段数与表头不同。
documents-warning-records = 来自“{ $key }”的记录，每行一条。
documents-warning-not-json = 这不是有效的 JSON（{ $error }）；将作为纯文本读取。
