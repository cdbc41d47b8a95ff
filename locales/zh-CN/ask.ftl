# The question box.
ask-title = 提问
ask-placeholder-first = 您想了解这些文档的哪些内容？
ask-placeholder-follow-up = 提出追问，或开始新的对话
ask-question-label = 问题
ask-protocol = 协议
ask-run = 运行
ask-cancel = 取消
ask-new-conversation = 新对话
ask-new-conversation-title = 在下一个问题中不再使用本对话的问题和回答（对话仍保留在历史记录中）
ask-status = 状态：
# The keyboard shortcut; { $keys } stands for the keys Ctrl+Enter, shown as keys.
ask-shortcut = 按 { $keys } 运行。
ask-key-ctrl = Ctrl
ask-key-enter = Enter

ask-auto-no-supervisor = 尚未设置云端模型，因此由本地模型单独回答。
ask-auto-everything = 问题涉及全部文档（约 { $tokens } 个词元），因此逐个片段阅读：MinionS。
ask-auto-short = 文档较短（约 { $tokens } 个词元），本地模型可以一次读完：Minion。
ask-auto-long = 文档较长（约 { $tokens } 个词元），因此分片段阅读：MinionS。

# The conversation so far.
ask-conversation-title = 对话
ask-turn-failed = 运行失败：
ask-turn-no-answer = 没有回答。
ask-turn-summary = { $protocol } · { $status } · { $tokens } 个云端词元
ask-turn-show = 查看其记录、费用和审计记录
ask-turn-working = 正在处理：记录显示在下方。
ask-conversation-totals = { $count } 个问题：{ $tokens } 个云端词元；若每个问题都随附发送文档，约需 { $cloud_only } 个。
ask-conversation-totals-priced = { $count } 个问题：{ $tokens } 个云端词元；若每个问题都随附发送文档，约需 { $cloud_only } 个（{ $dollars }；仅云端 { $cloud_only_dollars }）。

# The answer panel.
ask-answer-title = 回答
ask-answer-placeholder = 回答将显示在此处。
ask-answer-citations = 本地模型找到答案的位置（保留在本设备上）
ask-answer-passage = 打开所读取的段落

# History: saved conversations.
ask-history-title = 历史记录
ask-history-empty = 对话保存在此处，即本浏览器中。
ask-history-eval-runs = 评估的 { $count } 次运行及其结果保存在“评估”中。
ask-history-forget-eval = 删除这些运行
ask-history-questions = { $count } 个问题
ask-history-open-title = 重新打开此对话以阅读或继续
ask-history-export-md = Markdown
ask-history-export-json = JSON
ask-history-delete-label = 删除此对话
ask-history-delete = 删除

# The Markdown export of a run.
ask-export-protocol = 协议：{ $protocol }
ask-export-status = 状态：{ $status }
ask-export-document = 文档：{ $name }（{ $chars } 个字符，指纹 { $fingerprint }）
ask-export-answer = 回答
ask-export-failed = 运行失败：{ $error }
ask-export-transcript = 记录
ask-export-who-cloud-reasoning = 云端的推理
ask-export-who-cloud = 云端
ask-export-who-local = 本地
ask-export-message = { $who }，第 { $round } 轮：
ask-export-cost = 费用
ask-export-cloud-tokens = 云端词元：提示 { $prompt } 个，生成 { $completion } 个
ask-export-cloud-only = 仅云端（估算）：提示词元 { $prompt } 个
ask-export-local-tokens = 本地词元：提示 { $prompt } 个，生成 { $completion } 个
ask-export-audit = 离开本设备的内容
ask-export-requests = 共 { $count } 个请求。
ask-export-request-cloud = 发往云端模型的第 { $number } 个请求（第 { $round } 轮，{ $host }，{ $bytes } 字节，{ $chars } 个文档文本字符）
ask-export-request-local = 发往本地模型的第 { $number } 个请求（第 { $round } 轮，{ $host }，{ $bytes } 字节，{ $chars } 个文档文本字符）

# The Markdown export of a conversation.
ask-export-conversation = 对话：{ $title }
ask-export-questions = 共 { $count } 个问题。
ask-export-conversation-cloud = 云端词元，整个对话：{ $tokens }
ask-export-conversation-cloud-only = 仅云端（估算，每个问题都随附发送文档）：{ $tokens }
ask-export-question = 问题 { $number }：
