# Why a run failed, and what happened along the way.
# $side is "cloud" (the supervisor's side) or "local" (the worker's).

# Why a run stopped (src/web/error_text.rs, the engine's RunError).
errors-run-no-documents = 没有可读取的文档。请先添加文件或粘贴文本。
errors-run-no-task = 请先输入问题。
errors-run-invalid-config = 设置“{ $setting }”必须介于 { $min } 和 { $max } 之间，当前为 { $value }。请在“设置”中修改。
errors-run-context-too-small = 这些文档约需 { $needed } 个词元，但本地模型的上下文只能容纳 { $available } 个。{ $advice }
# $detail: what was wrong with the reply, as the reply reader says it (English).
errors-run-malformed-reply =
    { $side ->
        [cloud] 云端模型 { $attempts } 次回复的格式都无法读取（{ $problem }）。请重试，或选择能力更强的模型。
       *[local] 本地模型 { $attempts } 次回复的格式都无法读取（{ $problem }）。请重试，或选择能力更强的模型。
    }
errors-run-cloud-only-not-confirmed = “仅云端”会将您的文档发送给云端模型。只有在您为本次运行确认后才会执行。
errors-run-documents-must-stay = 您的隐私设置规定文档从不离开本设备，因此无法以“仅云端”方式运行。如需与其对比，请在“设置 → 隐私”中关闭“文档从不离开本设备”。
errors-run-worker-not-on-device = 位于 { $host } 的本地模型不在本设备上，而您的隐私设置规定文档从不离开本设备。请在设置中选择本机上的本地模型，或在“设置 → 隐私”中取消勾选“文档从不离开本设备”。
errors-run-worker-network-untrusted = 位于 { $host } 的本地模型在您的局域网中，而您的隐私设置规定文档从不离开本设备。如果您信任该机器处理您的文档，请在设置中勾选其旁边的“将我的文档托付给此地址”；否则请选择本机上的本地模型。
errors-run-worker-not-confirmed = 您的文档将被发送到不在本设备上的 { $host }，而您尚未同意。请重新运行并在页面询问时确认，或在设置中选择本机上的本地模型。

# What to do when the documents do not fit the local model's context (the end of errors-run-context-too-small).
errors-advice-narrower-question = 请提出范围更小的问题，或使用 MinionS 并借助云端模型汇总结果。
errors-advice-longer-context = 请选择上下文更长的本地模型。
errors-advice-read-in-chunks = 请选择按片段读取文档的 MinionS，或上下文更长的本地模型。
errors-advice-shield-off = 请关闭隐私防护，或使用上下文更长的本地模型。

# A model's failure that ended the run. $detail and $message come from the browser or the server, as they said it.
errors-failure-worker-unreachable = 无法连接位于 { $host } 的本地模型（{ $detail }）。请确认 Ollama（或您的本地服务器）正在运行；设置中的连接指示灯会说明问题所在。
errors-failure-supervisor-unreachable = 无法连接位于 { $host } 的云端模型（{ $detail }）。请检查地址和网络连接。
errors-failure-unauthorized =
    { $side ->
        [cloud] 云端服务拒绝了 API 密钥（HTTP { $status }）。请在设置中粘贴有效的密钥。
       *[local] 本地服务拒绝了 API 密钥（HTTP { $status }）。请在设置中粘贴有效的密钥。
    }
errors-failure-worker-model-missing = 本地模型 `{ $model }` 尚未安装。请运行 `ollama pull { $model }`，或在设置中选择其他模型。
errors-failure-supervisor-model-missing = 云端服务没有模型 `{ $model }`。请在设置中选择其他模型。
errors-failure-not-loaded = 本页面中尚未加载模型。请打开设置，在“在本页面中”下选择一个模型并点击“加载”，然后重新运行。
errors-failure-rate-limited =
    { $side ->
        [cloud] 经过多次重试后，云端服务仍在限制请求频率。请等待一分钟后重新运行。
       *[local] 经过多次重试后，本地服务仍在限制请求频率。请等待一分钟后重新运行。
    }
errors-failure-quota-exhausted = 云端账户的配额已用完。请为其充值或使用其他密钥。
errors-failure-context-overflow =
    { $side ->
        [cloud] 有提示超出了云端模型的上下文窗口。请使用 MinionS 或更小的片段，或上下文更长的模型。
       *[local] 有提示超出了本地模型的上下文窗口。请使用 MinionS 或更小的片段，或上下文更长的模型。
    }
errors-failure-schema-refused =
    { $side ->
        [cloud] 云端服务器拒绝了所有形式的回复模式（强制、JSON、提示中）。请在设置中选择其他模型或服务器。
       *[local] 本地服务器拒绝了所有形式的回复模式（强制、JSON、提示中）。请在设置中选择其他模型或服务器。
    }
# $parameter: one of errors-param-….
errors-failure-unsupported =
    { $side ->
        [cloud] 云端服务器不支持 `{ $parameter }`。请在设置中选择其他模型或服务器。
       *[local] 本地服务器不支持 `{ $parameter }`。请在设置中选择其他模型或服务器。
    }
errors-failure-server =
    { $side ->
        [cloud] 云端服务器在重试后仍然出错（HTTP { $status }：{ $message }）。请稍后重试。
       *[local] 本地服务器在重试后仍然出错（HTTP { $status }：{ $message }）。请稍后重试。
    }
errors-failure-stream-cut =
    { $side ->
        [cloud] 云端模型的回复反复中断（{ $detail }）。请重试。
       *[local] 本地模型的回复反复中断（{ $detail }）。请重试。
    }
errors-failure-timeout =
    { $side ->
        [cloud] 云端模型在 { $seconds } 秒内没有发送任何内容。它可能正忙或正在加载大型模型；请重试。
       *[local] 本地模型在 { $seconds } 秒内没有发送任何内容。它可能正忙或正在加载大型模型；请重试。
    }
# $change: one of errors-reshape-….
errors-failure-resend =
    { $side ->
        [cloud] 云端服务器一再拒绝请求的形式（最后一次更改：{ $change }）。请在设置中选择其他模型或服务器。
       *[local] 本地服务器一再拒绝请求的形式（最后一次更改：{ $change }）。请在设置中选择其他模型或服务器。
    }

# A failed call, briefly: put into a notice or shown beside a pool member. Lower case: it goes inside a sentence.
errors-model-unreachable = 无法连接 { $host }：{ $detail }
errors-model-unauthorized = 服务器拒绝了 API 密钥（HTTP { $status }）
errors-model-missing = 服务器上没有模型 `{ $model }`
errors-model-rate-limited = 服务器正在限制请求频率
errors-model-rate-limited-wait = 服务器正在限制请求频率（要求等待 { $seconds } 秒）
errors-model-quota-exhausted = 账户配额已用完
errors-model-not-loaded = 本页面中尚未加载模型
errors-model-context-overflow = 提示超出了模型的上下文窗口
errors-model-unsupported = 服务器不支持 `{ $parameter }`
errors-model-server = 服务器出错（HTTP { $status }）：{ $message }
errors-model-stream-cut = 回复流中断：{ $detail }
errors-model-timeout = { $seconds } 秒内没有回复
errors-model-resend = 需要重新发送请求：{ $change }

# Why a job failed, or was split in two. Lower case: it goes inside a sentence.
errors-job-prompt-too-long = 提示超出了工作模型的上下文
errors-job-reply-cut-off = 回复因输出上限被截断
errors-job-cannot-split = 该片段对工作模型来说太长，且无法再拆分
# $problem: what was wrong with the reply (errors-reply-*).
errors-job-unreadable = 无法读取回复：{ $problem }

# Why a model's reply could not be used (lower case: it goes inside a sentence). $field: the reply's field,
# as the schema spells it; $expected: one of errors-expected-*; $allowed: the allowed values, quoted;
# $found: what the reply held, quoted.
errors-reply-no-object = 回复中没有 JSON 对象
errors-reply-missing = JSON 对象缺少字段 `{ $field }`
errors-reply-wrong-type = 字段 `{ $field }` 应为{ $expected }
errors-reply-not-allowed = 字段 `{ $field }` 必须是 { $allowed }，而不是 { $found }
errors-reply-allowed-any = 允许的值之一
# A list of alternatives: $init is all but the last, joined by commas.
errors-reply-alternatives = { $init } 或 { $last }
errors-reply-empty = 字段 `{ $field }` 为空
errors-reply-no-tasks = 计划中没有子任务；至少需要一个
errors-reply-final-only = 这是最后一轮：只接受“final”，并给出最佳答案
errors-reply-cut-off = 回复在输出上限处被截断；请更简短地回复
errors-reply-no-final-answer = 没有最终答案
errors-reply-empty-rewrite = 隐私防护的改写结果为空
errors-expected-text = 字符串
errors-expected-flag = true 或 false
errors-expected-count = 非负整数
errors-expected-texts = 字符串列表
errors-expected-objects = 对象列表
errors-expected-object = 对象
errors-expected-list = 列表

# A request's settings, by name.
errors-param-temperature = 温度
errors-param-max-output-tokens = 最大输出词元数
errors-param-reasoning-effort = 推理强度
errors-param-reply-schema = 回复模式

# How the request is now sent to a server that refused its form. Lower case: it goes inside a sentence.
errors-reshape-enforced = 回复模式由服务器强制执行
errors-reshape-json-only = 回复模式现在放在提示中，并要求服务器返回 JSON
errors-reshape-prompt-only = 回复模式现在只放在提示中
errors-reshape-no-stream-usage = 服务器不报告词元用量，改为估算

# Notices during a run. $reason (history, findings, the worker's chat) is one of the reasons below.
errors-note-worker-dropped = 位于 { $host } 的本地模型已停止响应（{ $error }）；它已退出池，其任务交由其他成员处理。
errors-note-history-summarised = 云端模型汇总了 { $count } 个较早的问题，以使对话保持在预算之内（约 { $before } → { $after } 个词元）。
errors-note-history-dropped = 有 { $count } 个较早的问题不再提供给云端模型：{ $reason }。
errors-note-findings-invalidated = 较早问题的 { $count } 项发现将不再使用：{ $reason }。
errors-note-worker-chat-restarted = 本地模型从文档重新开始其对话：{ $reason }。
errors-note-reply-rejected =
    { $side ->
        [cloud] 无法读取云端模型的一条回复（{ $problem }）；正在重新询问。
       *[local] 无法读取本地模型的一条回复（{ $problem }）；正在重新询问。
    }
errors-note-job-reply-rejected = 无法读取本地模型对任务 { $job } 的回复（{ $problem }）；正在重新询问。
errors-note-retrying =
    { $side ->
        [cloud] 云端模型出错（{ $reason }）；将在 { $seconds } 秒后重试。
       *[local] 本地模型出错（{ $reason }）；将在 { $seconds } 秒后重试。
    }
errors-note-parameter-dropped =
    { $side ->
        [cloud] 云端服务器拒绝了设置 `{ $parameter }`；已将其省略并重新发送请求。
       *[local] 本地服务器拒绝了设置 `{ $parameter }`；已将其省略并重新发送请求。
    }
errors-note-request-reshaped =
    { $side ->
        [cloud] 云端服务器拒绝了请求的发送方式；{ $change }，并已重新发送请求。
       *[local] 本地服务器拒绝了请求的发送方式；{ $change }，并已重新发送请求。
    }
errors-note-job-split = 任务 { $job } 已一分为二并重新运行（{ $reason }）。
errors-note-review-rejected = 您拒绝了一项发往云端的请求：运行已停止，未再发送任何内容。

# Why earlier questions are left out (the $reason of errors-note-history-dropped). Lower case: it goes inside a sentence.
# $error: why the summary failed (a run error, above).
errors-history-summary-failed = 云端模型未能对其进行汇总（{ $error }）
errors-history-over-budget = 即使汇总后仍超出对话 { $budget } 个词元的预算
# Why findings are not used again (the $reason of errors-note-findings-invalidated).
errors-findings-document-changed = 其来源文档已被修改或移除
errors-findings-other-worker = 它们由另一个本地模型得出
# Why the local model's conversation starts again (the $reason of errors-note-worker-chat-restarted).
errors-chat-documents-changed = 自其上次回答以来，文档已发生变化
errors-chat-worker-changed = 自其上次回答以来，已更换本地模型
errors-chat-no-longer-fits = 其之前的问题和回答已超出本地模型的上下文

# What the engine changed in the cloud model's plan to keep it within bounds (listed under the plan).
errors-plan-change-default-chunking = 计划未指定分片方式；将使用默认设置。
# $unit: "characters" or "pages".
errors-plan-change-chunk-size =
    { $unit ->
        [pages] 片段大小 { $asked } 页超出范围；将使用 { $used }。
       *[characters] 片段大小 { $asked } 个字符超出范围；将使用 { $used }。
    }
errors-plan-change-overlap = 重叠 { $asked } 过大；将使用 { $used }。
errors-plan-change-too-many-tasks = 计划包含 { $tasks } 个子任务；仅运行前 { $limit } 个。
# top_k is the plan's field name (chunks per task).
errors-plan-change-top-k-zero = top_k 为 0 将不会运行任何内容；将使用 1。
errors-plan-change-chunk-cap = 每个子任务最多在 { $cap } 个片段上运行（您的设置），按其关键词选取。
errors-plan-change-too-many-jobs = { $tasks } 个子任务乘以 { $per_task } 个片段将产生 { $jobs } 个任务，超出 { $limit } 个的上限；每个子任务仅在其最相关的 { $lowered } 个片段上运行。
errors-plan-change-chunks-cut = 一个片段约需 { $needed } 个词元，但工作模型只能容纳 { $available } 个；片段将被缩减至最多 { $chars } 个字符。

# What a reply streaming in is for: "round 2: planning".
errors-call-label = 第 { $round } 轮：{ $label }
errors-call-open = 开场问题
errors-call-answer = 正在回答
errors-call-decide = 正在决定
errors-call-plan = 正在规划
errors-call-synthesize = 正在综合
errors-call-local-synthesize = 正在汇总发现
errors-call-shield = 隐私防护
errors-call-judge = 正在评分
errors-call-cloud-answer = 根据文档回答（仅云端）
errors-call-summarize = 正在总结对话

# The transcript's own lines. $tasks: the plan's instructions, as the cloud model wrote them.
errors-plan = 计划：{ $tasks } — 每个片段 { $size } { $unit }，{ $selection }。
errors-plan-unit-chars = 个字符
errors-plan-unit-pages = 页
errors-plan-unit-paragraphs = 个段落
errors-plan-top-k = 每个任务取最相关的 { $count } 个片段
errors-plan-every-chunk = 读取所有片段
errors-aggregated = 已读取 { $total } 个片段：{ $answered } 个有答案，{ $abstained } 个没有相关内容，{ $failed } 个失败。
errors-decision-final = 我已掌握足够的信息来回答。

# This page load's connection policy.
errors-policy-new-origin = 本页面只连接打开时所用的地址，而 { $origin } 是新地址。请打开设置并点击“应用并重新加载”以允许该地址。
errors-policy-unwritable = 本页面无法连接到 { $url }：浏览器的连接策略只接受主机名和 IPv4 地址。请在设置中改用该机器的名称或其 IPv4 地址。

# Run settings the Settings form does not show (named in errors-run-invalid-config).
errors-setting-chunk-units = 每个片段的页数或段落数
errors-setting-jobs-per-round = 每轮作业数
errors-setting-worker-output-tokens = 本地模型回复上限（token）
errors-setting-reply-retries = 回复无法读取时的重试次数
