# run: the run panel, workers and the pool, cost, "What left this device", the consent dialog.

# The run panel's heading: "Run", then the protocol and the round.
run-title = 运行
run-title-round = { $protocol } · 第 { $round } 轮，共 { $rounds } 轮

# How long the run has taken ($seconds and $rate arrive written as numbers).
run-elapsed = { $seconds } 秒
run-elapsed-speed = { $seconds } 秒 · 本地模型 { $rate } 词元/秒
run-seconds = { $seconds } 秒

# A follow-up question in a conversation; the second and third sentences follow the first.
run-follow-up = 这是一个追问：云端模型已获知本次对话中之前的 { $count } 个问题。
run-follow-up-reused = { $count } 个任务中有 { $reused } 个直接根据其已有发现作答，未询问本地模型。
run-follow-up-chat = 本地模型延续了其对话（之前的 { $count } 条消息）。

# The table of local models in the pool.
run-pool-caption = 模型池中的本地模型
run-pool-address = 地址
run-pool-calls = 调用次数
run-pool-rate = 词元/秒
run-pool-failures = 失败次数
run-pool-left = { $failures }（已移出模型池）

# The local model runs the jobs sent to it one after the other ($ratio: how much longer they wait).
run-queueing = 虽然同时发送了 { $count } 个任务，本地模型仍逐个执行（等待时间是计算时间的 { $ratio } 倍）。对于 Ollama，请允许其同时运行 { $count } 个：

# A cloud request held for approval; $link is the link to the panel below.
run-review-pending = 有一个云端请求正在“{ $link }”中等待您的决定。

# A change the engine made to the plan ($change is the engine's sentence).
run-plan-changed = 计划已调整：{ $change }

# The transcript: who wrote each message, in which round.
run-who-reasoning = 云端的推理
run-who-cloud = 云端
run-who-local = 本地
run-msg-who = { $who } · 第 { $round } 轮
run-msg-shielded = 已由隐私防护改写
run-msg-before-shield = 防护前的原文（保留在本设备上）

# The jobs of MinionS: progress, one cell per job, the timeline.
run-jobs-done = 个任务已完成
run-job-title = 任务 { $job } · 子任务 { $task } · { $document } { $pages }
run-timeline-job = 任务 { $job }：{ $seconds } 秒
run-timeline-caption = 任务时间线（每个任务一行）
run-timeline-label = 工作模型任务的时间线

# Where a worker is, and what that means for the documents.
run-place-here = 您的文档保留在本设备上。
run-place-network = 您的文档将通过局域网发送到这台机器。勾选“文档永不离开本设备”时，仅在您信任它的情况下才允许。
run-place-elsewhere = 您的文档将离开本设备发送到此服务器：除非您另行设置，页面会在每次运行前询问；勾选“文档永不离开本设备”时则会拒绝。
run-trust-network = 信任此地址处理我的文档
run-consent-remembered = 您已选择无需询问即可将文档发送到此处。
run-consent-forget = 重新询问

# One more local model of the pool (Settings).
run-endpoint-legend = 本地模型 { $number }
run-endpoint-server = 服务器
run-endpoint-ollama = Ollama
run-endpoint-openai = 兼容 OpenAI（llama.cpp、LM Studio、vLLM）
run-endpoint-address = 地址
run-endpoint-model = 模型
run-endpoint-concurrency = 同时执行的任务数
run-endpoint-reachable = 可以连接，已找到模型。
run-endpoint-checking = 正在检查…
run-endpoint-remove = 移除
run-pool-intro = 更多本地模型（一台 GPU 机器、另一台笔记本电脑）与此模型分担 MinionS 的任务；Minion 和“仅本地”只使用第一个。
run-pool-add = 添加本地模型

# The cost panel ($ratio, $tokens and the amounts arrive written as numbers).
run-cost-title = 成本
run-cost-cloud-tokens = 云端词元，本次运行
run-cost-cloud-only-tokens = 云端词元，仅云端（估算）
run-cost-local-tokens = 本地词元
run-cost-local-read = 本地读取的提示词元
run-cost-local-cached = { $read }（其中 { $cached } 来自服务器缓存）
run-cost-local-time = 本地模型用时
run-cost-cheaper = 成本仅为发送文档的 { $ratio } 分之一；{ $tokens } 个词元保留在本设备上。
run-cost-dearer = 这些文档很短，直接发送到云端的成本本可降至 { $ratio } 分之一；{ $tokens } 个词元保留在本设备上。
run-cost-nothing-sent = 未向云端发送任何内容；{ $tokens } 个词元保留在本设备上。
run-cost-dollars = 本次运行 { $run }；全部发送到云端需 { $only }。
run-cost-no-price = 此模型的价格未知；请比较词元数。
run-cost-bars-label = 云端词元：本次运行与仅云端的对比
run-cost-bar-run = 本次运行
run-cost-bar-cloud-only = 仅云端

# A cloud request held for approval.
run-review-title = 等待您的批准
run-review-ready = 发往 { $host } 的请求（第 { $round } 轮）已准备就绪。在您做出决定之前，不会发送任何内容。
run-review-quotes = 该请求逐字引用了您文档中的以下段落：
run-review-message = 最新消息，即将发送的内容（您可以编辑）
run-review-body = 完整请求
run-review-send-edit = 发送我的修改
run-review-approve = 批准并发送
run-review-withhold = 去掉引文后发送
run-review-reject = 拒绝并停止

# "What left this device": the audit of requests ($bytes arrives as written digits).
run-audit-title = 离开本设备的内容
run-audit-nothing = 尚未从本设备发送任何内容。
run-audit-summary = 向云端发送了 { $count } 个请求，共 { $bytes } 字节。
run-audit-summary-workers = 向云端发送了 { $count } 个请求，向不在本设备上的本地模型发送了 { $workers } 个，共 { $bytes } 字节。
run-audit-export = 导出（JSON）
run-audit-lane-cloud = 云端
run-audit-lane-local = 本地模型
run-audit-entry = { $lane } #{ $number } · 第 { $round } 轮 · { $host } · { $bytes } 字节 · { $seconds } 秒
run-audit-verbatim = { $count ->
       *[other] { $chars } 个字符的文档文本
    }
run-audit-no-verbatim = 无文档文本
run-audit-reply = 其回复

# The connection lights' requests, listed as metadata.
run-checks-title = 连接检查
run-checks-intro = 连接指示灯向不在本设备上的服务器发出的请求：不含文档文本，仅包含以下信息。
run-check = { $seconds } 秒 · { $method } { $host }{ $path } · { $key }
run-check-with-key = 附带 API 密钥
run-check-no-key = 无密钥

# The dialog before documents go to a worker not on this device; $hosts is shown in bold.
run-consent-title = 要将您的文档发送到另一台机器吗？
run-consent-text = 位于 { $hosts } 的本地模型不在本设备上。为了作答，它会收到您文档的文本：运营该服务器的任何人都可以读取并保存这些文档。目前尚未发送任何内容。
run-consent-remember = 对此地址不再询问
run-consent-send = 发送到那里
run-consent-keep = 保留在此处
run-consent-declined = 您已将文档保留在本设备上：未向 { $hosts } 发送任何内容。若要运行，请在“设置”中选择本机上的本地模型，或重新运行并确认。
