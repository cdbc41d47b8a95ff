# evaluation

# The panel's heading, introduction and question-set buttons.
evaluation-title = 基于您的文档进行评估
evaluation-intro = 分别使用 Minion、MinionS、仅本地模型以及（经您允许后）仅云端模型回答同一组问题，并比较准确率和成本。
evaluation-sample = 使用示例试用
evaluation-import = 导入问题（JSONL 或 CSV）
evaluation-export-set = 导出问题

# Importing a question set: a refused line, and why.
evaluation-import-line = 第 { $line } 行：{ $reason }
evaluation-import-too-large = { $name } 超过 { $size }；问题集应为每行一个问题
evaluation-import-unreadable = 无法将 { $name } 作为文本读取。
evaluation-import-empty = 该文件不包含任何问题（每行应为一个 JSON 对象或一行 CSV，包含问题和回答）
evaluation-import-more-errors = 同样被拒绝，其后另有 { $count } 行被拒绝

# Why a line of a question set, or a written question, is refused ($detail is the JSON reader's message; match, exact, number, contains and judge are the file's own words).
evaluation-problem-not-json = 不是有效的 JSON（{ $detail }）
evaluation-problem-not-object = 不是 JSON 对象
evaluation-problem-no-header = 第一行必须列出各列名称，至少包含 question 和 answer
evaluation-problem-no-question = 缺少问题
evaluation-problem-no-answer = 缺少预期回答
evaluation-problem-bad-tolerance = 容差“{ $tolerance }”不是数字
evaluation-problem-bad-match = match 必须为 exact、number、contains 或 judge，而不是“{ $rule }”
evaluation-problem-no-number = match 为 number，但预期回答“{ $answer }”中没有数字
evaluation-problem-id-used = ID“{ $id }”已在第 { $line } 行使用
evaluation-problem-id-in-set = ID“{ $id }”已在此问题集中使用

# Why a row has no answer: none of the documents its question names is loaded ($names: their names).
evaluation-row-not-loaded = 该问题指定的文档均未加载：{ $names }。

# Writing a question.
evaluation-write = 编写问题
evaluation-write-question = 问题
evaluation-write-answer = 预期回答
evaluation-write-match = 匹配方式
evaluation-match-exact = 精确（忽略大小写和标点）
evaluation-match-judge = 评判（由云端模型决定）
evaluation-write-tolerance = 容差（例如 1%）
evaluation-write-add = 添加问题
evaluation-write-refused = 无法添加此问题：{ $reason }。

# How an answer is matched (the rule names of question sets).
evaluation-rule-exact = 精确
evaluation-rule-number = 数字
evaluation-rule-contains = 包含
evaluation-rule-judge = 评判

# The question list: the expected answer and its rule, the remove button.
evaluation-question-expected = → { $answer }（{ $rule }）
evaluation-remove = 移除
evaluation-remove-label = 移除此问题

# The protocols to compare, the run and its progress.
evaluation-compare = 比较
evaluation-cloud-off = “仅云端”已关闭：根据您的隐私设置，文档绝不离开本设备。
evaluation-run = 运行评估
evaluation-cancel = 取消
evaluation-progress = 已完成 { $done }/{ $total } 次运行 · { $seconds } 秒 · { $cloud } 个云端词元 · { $local } 个本地词元

# Why an evaluation cannot start or stopped.
evaluation-refused-no-questions = 请先添加问题：导入问题集、在下方编写问题，或试用示例。
evaluation-refused-no-protocols = 请至少勾选一个要比较的协议。
evaluation-refused-no-documents = 请先加载这些问题所涉及的文档（或试用示例）。
evaluation-all-failed = 所有运行均失败。第一次运行的信息：{ $reply }

# The consent dialog before cloud-only rows send the documents.
evaluation-consent-title = 是否将您的文档发送到云端，用于“仅云端”基准？
evaluation-consent-warning = “仅云端”会将这些文档的全文发送到 { $url }，共 { $count } 个字符。其他协议会将文档保留在本设备上。
evaluation-consent-document = { $name }：{ $count } 个字符
evaluation-consent-note = 审计记录会标记每一个此类请求。此同意仅适用于本次评估。
evaluation-consent-send = 发送并运行
evaluation-consent-keep = 不发送

# The results: heading, the pictures' caption, the exports.
evaluation-results = 结果
evaluation-pictures-caption = 左图：每个协议一个点。右图：每个问题下，每次协议运行对应一个柱（依次为 Minion、MinionS、仅本地、仅云端）；绿色表示正确，红色表示错误，灰色表示未评分。
evaluation-export-json = 导出结果（JSON）
evaluation-export-csv = 导出结果（CSV）

# The tables' column headings.
evaluation-column-protocol = 协议
evaluation-column-accuracy = 准确率
evaluation-column-cloud-tokens = 云端词元
evaluation-column-cloud-dollars = 云端费用（$）
evaluation-column-local-tokens = 本地词元
evaluation-column-time = 用时
evaluation-column-against-cloud = 与仅云端相比
evaluation-column-question = 问题
evaluation-column-right = 是否正确
evaluation-column-reply = 回复
evaluation-column-run = 运行

# The tables' cells: a duration, the comparison with cloud only ($kept is a percentage), the link to a run.
evaluation-seconds = { $seconds } 秒
evaluation-against-none = 不使用云端词元，保留 { $kept } 的准确率
evaluation-against-fraction = 以 1/{ $ratio } 的云端词元保留 { $kept } 的准确率
evaluation-against-multiple = 以 { $ratio } 倍的云端词元保留 { $kept } 的准确率
evaluation-open-run = 打开运行

# A row's verdict, as the bars' titles say it.
evaluation-verdict-true = 正确
evaluation-verdict-false = 错误
evaluation-verdict-unknown = 未评分

# The cost–accuracy plot: its text alternative, a point's title ($accuracy is a percentage), the axis.
evaluation-plot-label = 准确率与云端词元的关系，每个协议一个点
evaluation-plot-point = { $protocol }：{ $tokens } 个云端词元，准确率 { $accuracy }
evaluation-plot-axis = 云端词元（对数刻度）

# The per-question bars: text alternative, a bar's title, the axis.
evaluation-bars-label = 每个问题和协议的云端词元；颜色表示回答是否正确
evaluation-bars-bar = { $question } · { $protocol }：{ $verdict } · { $tokens } 个云端词元
evaluation-bars-axis = 问题 · 云端词元（对数刻度）
