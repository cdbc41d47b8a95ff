# Settings: the panel, its fieldsets and every setting's label.

settings-title = 设置

# A server address outside what this page load may reach.
settings-policy-new-address = { $origin } 是一个新地址。为安全起见，本页面只连接打开时所用的地址；请重新加载以允许该地址。
settings-policy-paste-key = 之后请重新粘贴 API 密钥（密钥不会被保存）。
settings-policy-reload = 应用并重新加载

# The local model (worker).
settings-local-legend = 本地模型（读取您的文档）
settings-server = 服务器
settings-server-ollama = Ollama
settings-server-openai = OpenAI 兼容（llama.cpp、LM Studio、vLLM）
settings-server-tab = 在本页面中（无需安装）
settings-worker-address = 地址
settings-worker-model = 模型
settings-worker-concurrency = 同时执行的任务数
settings-worker-temperature = 温度
settings-worker-context = 服务器未提供时的上下文长度

# The cloud model (supervisor).
settings-cloud-legend = 云端模型（从不查看您的文档）
settings-supervisor-address = API 地址
settings-supervisor-key = API 密钥
settings-remember-key = 在本设备上记住密钥
settings-supervisor-model = 模型
settings-reasoning-effort = 推理强度（o 系列、gpt-5）
settings-effort-default = 默认
settings-effort-low = 低
settings-effort-medium = 中
settings-effort-high = 高

# Protocol limits and documents.
settings-limits-legend = 协议限制
settings-supervisor-max-tokens = 云端回复上限（词元）
settings-supervisor-context = 云端模型的上下文（词元）
settings-conversation-budget = 云端模型的对话记忆（词元；超出后较早的问题会被摘要）
settings-max-rounds = 轮次
settings-max-tasks = 每轮任务数（MinionS）
settings-top-k = 每个任务的最多片段数，MinionS（0：由云端模型决定）
settings-chunk-size = 片段大小（字符）
settings-send-citations = 将本地模型的引文发送到云端
settings-keep-documents = 重新加载后仍在此浏览器中保留文档
settings-max-file-mb = 可读取的最大文件（MB）
settings-clear-documents = 清除已存储的文档

# Privacy controls. The placeholders in brackets are what the redactor writes: keep them as they are.
settings-privacy-legend = 隐私（哪些内容可以离开本设备）
settings-redact = 发送任何内容之前，用占位符（[EMAIL_1]、[PHONE_2]…）替换个人数据
settings-redact-names = 需要隐藏的人名，每行一个
settings-redact-terms = 需要隐藏的其他词语（项目、公司、地点），每行一个
settings-shield = 隐私防护：在云端看到之前，本地模型会改写其报告，去除个人细节
settings-verbatim-words = 文档中的引文：达到此词数或更长的连续内容
# Continues the line above: "Quotes … are withheld".
settings-verbatim-policy = …将
settings-verbatim-withhold = 被扣留（以简短标记替代）
settings-verbatim-ask = 显示给我来决定
settings-verbatim-send = 被发送（并计入审计记录）
settings-approve-requests = 每个云端请求都先暂停，直到我批准
settings-never-leave = 文档从不离开本设备（关闭评估中的仅云端基线）

# Prices. $date is the day the table was checked (2026-11-25), $source where its prices come from.
settings-prices-legend = 价格（每百万词元，美元）
settings-prices-in-use = 当前使用：{ $count } 个模型，最近核对于 { $date }（{ $source }）。
settings-prices-label = JSON 格式的价格表
settings-prices-placeholder = 留空：使用随附的价格表。粘贴与随附表格式相同的 JSON 即可修改价格。
settings-prices-edit = 编辑随附的价格表
settings-prices-invalid = 价格表不是有效的 JSON（{ $error }）；将使用默认值。

# The Ask box's protocol choice (the protocols' own names are in app.ftl).
settings-protocol-auto = 自动
settings-protocol-auto-explained = 短文档选择 Minion，长文档选择 MinionS，没有云端模型时仅使用本地模型。
settings-protocol-minion-explained = 云端模型提问，本地模型根据您的全部文档作答；云端词元最省。
settings-protocol-minions-explained = 云端模型规划小任务，本地模型逐个片段执行；最适合长文档。
settings-protocol-local-explained = 仅使用本地模型；没有任何内容离开本设备。
settings-protocol-cloud-explained = 仅使用云端模型，它会读取您的文档；作为评估的基线。

# Sizes of downloads (decimal units); $size is a number.
settings-size-mb = { $size } MB
settings-size-gb = { $size } GB

# The in-page model panel.
settings-tab-model = 模型
settings-tab-another = 其他 GGUF（在下方填写其地址）
settings-tab-address = GGUF 地址
settings-tab-file = 或选择本计算机上的 GGUF 文件
settings-tab-load = 加载
settings-tab-resume = 继续
settings-tab-cancel = 取消
settings-tab-remove = 删除
settings-tab-stored = 已存储在此浏览器中：
settings-tab-stored-incomplete = { $stored } / { $total }，不完整
settings-tab-storage-left = 本页面剩余存储空间：{ $size }。
# A built-in model: what it is good for (a sentence below), its licence's name, its context in tokens, its download size.
settings-tab-about = { $good_for } 许可证：{ $licence }。上下文最多 { $context } 个词元。下载大小：{ $size }。

# What each built-in model is good for.
settings-model-qwen25-05b = 默认模型：就其规模而言能很好地遵循指令和 JSON，支持多种语言。
settings-model-smollm2-360m = 下载最小；可根据简短的英文文档快速作答。
settings-model-llama32-1b = 适合阅读英语及主要欧洲语言的一般文档。
settings-model-gemma3-1b = 支持多种语言（超过 140 种）；简短回答流畅。
settings-model-qwen25-15b = 本列表中回答质量最好，需要 8 GB 或以上内存的计算机。

# The in-page model's progress line.
settings-tab-none = 本页面中尚未加载模型。
settings-tab-downloading = 正在下载：{ $loaded }
settings-tab-downloading-of = 正在下载：{ $loaded } / { $total }（{ $percent }）
settings-tab-resumed-at = （从 { $size } 处继续）
settings-tab-loading = 正在加载 { $name }…
settings-tab-ready = 就绪：{ $name }，上下文 { $context } 个词元，{ $threads } 个线程。
settings-tab-single-thread = 本页面未启用跨源隔离（cross-origin isolated），因此模型只使用 { $threads } 个线程中的 1 个；请重新加载页面一次以使用全部线程。
# What Load will fetch, as the connection light offers it.
settings-tab-offer = { $name }，需下载 { $size }
settings-tab-offer-none = 请选择模型

# The in-page model's failures. $detail comes from the browser or the runtime, as it came.
settings-tab-no-address = 请输入 GGUF 地址、选择内置模型或选择文件。
settings-tab-new-origin = 本页面只连接打开时所用的地址，而 { $origin } 是新地址。请点击上方的“应用并重新加载”以允许该地址，然后再次点击加载。
settings-tab-gone = 该模型已不在此浏览器的存储中
settings-tab-header-endless = 其文件头没有结尾
settings-failure-not-gguf = 此文件不是 GGUF 模型（它不是以“GGUF”开头）。请选择 .gguf 文件，例如从 Hugging Face 获取。
settings-failure-version = 此 GGUF 文件为版本 { $version }，llama.cpp 已不再支持读取。请下载该模型较新的转换版本。
settings-failure-truncated = 模型文件不完整：只有所需 { $need } 中的 { $have }。请点击加载以继续下载，或重新选择完整文件。
settings-failure-damaged = 模型文件已损坏（{ $detail }）。请删除后重新下载。
settings-failure-too-big = 此模型大约需要 { $need } 内存，超出本页面在此可用的内存（约 { $limit }）。请选择较小的模型或较短的上下文。
settings-failure-http-404 = 模型地址返回 404（未找到）。请检查 URL；在 Hugging Face 上请使用文件的“resolve”链接。
settings-failure-http-refused = 模型地址拒绝了下载（HTTP { $status }）；受限模型需要您先在 Hugging Face 上接受其许可证。请选择开放模型，或下载文件后从磁盘中选择。
settings-failure-http = 模型地址返回 HTTP { $status }。请稍后重试，或下载文件后从磁盘中选择。
settings-failure-network = 下载失败（{ $detail }）。请检查网络连接并点击加载以继续；已下载的部分会保留。
settings-failure-storage = 此浏览器无法存储该模型（{ $detail }）。请释放一些空间、退出无痕浏览，或选择较小的模型。
settings-failure-cancelled = 已取消。已下载的部分会保留：点击加载即可继续下载。
settings-failure-load = 无法加载该模型（{ $detail }）。它可能已损坏，或采用了此版本 llama.cpp 不支持的架构；请删除后尝试其他模型。
settings-failure-memory = 该模型超出本页面可用的内存（{ $detail }）。请选择较小的模型或较短的上下文。
settings-failure-library = 页面内模型的运行环境无法启动（{ $detail }）。请重新加载页面；如果问题仍然存在，说明此浏览器缺少所需的 WebAssembly 功能。
