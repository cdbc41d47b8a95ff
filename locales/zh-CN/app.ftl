# zh-CN

app-title = Minions Web
app-tagline = 由您的本地模型阅读文档；云端模型只负责规划和回答。
app-evaluate = 评估
app-settings = 设置
app-language = 语言

# Protocols, as menus and tables name them.
app-protocol-minion = Minion
app-protocol-minions = MinionS
app-protocol-local = 仅本地
app-protocol-cloud = 仅云端

# A run's status.
app-status-idle = 空闲
app-status-running = 运行中
app-status-done = 已完成
app-status-failed = 失败
app-status-cancelled = 已取消

# Where a model runs.
app-place-tab = 在此标签页中
app-place-machine = 在本机上
app-place-network = 在您的局域网中
app-place-elsewhere = 不在本设备上

# A part of the page fetched on first use that could not be fetched (src/web/parts.rs).
app-part-missing = 无法获取页面的这一部分。请检查网络连接，然后重试。
app-part-retry = 重试
# Over the page after a bug stopped its code (src/web/mod.rs).
app-stopped = 页面因意外错误而停止。请重新加载以继续；此浏览器保存的内容（设置、已保存的运行）不会丢失。
run-engine-stopped = 引擎发生意外错误，运行已停止。请重试；如果再次发生，请重新加载页面。
