# doctor

# The status lights: which model each is about, where it runs, and the offer
# of the model in the page when nothing answers on this machine.
doctor-worker = 本地模型
doctor-supervisor = 云端模型
doctor-place = （{ $place }）
doctor-run-in-page = 改为在本页面中运行模型

# What a connection check found, and the fix. A warning the check found
# (a small context, threads off) follows the sentence.
doctor-checking = 正在检查连接…
doctor-tab-ready = 正在本页面中运行：{ $model }。
doctor-tab-ready-context = 正在本页面中运行：{ $model }，上下文 { $context } 个词元。
doctor-tab-some-model = 一个模型
doctor-tab-missing = 本页面中尚未加载模型。请打开“设置”，在“在本页面中”下选择一个模型，然后点击“加载”（{ $model }）。
doctor-connected =
    { $count ->
       *[other] 已连接；有 { $count } 个模型可用。
    }
doctor-connected-version =
    { $count ->
       *[other] 已连接到版本 { $version }；有 { $count } 个模型可用。
    }
doctor-ollama-cors = Ollama 正在运行，但拒绝来自本页面（{ $origin }）的请求。请通过 OLLAMA_ORIGINS 允许此来源，然后重启 Ollama。
doctor-cors = 位于 { $url } 的服务器有响应，但不允许来自本页面（{ $origin }）的请求。请在服务器设置中为此来源启用 CORS。
doctor-mixed-content = 本页面通过 https 提供，因此浏览器会阻止发往 { $url } 的纯 http 请求。请为该机器使用 https 地址、在本机上运行模型（http://localhost 可用），或从您自己的网络提供本页面。
doctor-ollama-down = { $url } 无响应。请启动 Ollama（打开应用，或运行 `ollama serve`）并检查地址。
doctor-down = { $url } 无响应。请检查地址和网络连接。
doctor-local-network = 如果浏览器询问是否允许此网站访问您本地网络中的设备，请允许（网站设置 → 本地网络访问），然后重新检查。
doctor-ollama-model-missing = 模型 `{ $model }` 未安装。请拉取（pull）该模型，或从以下模型中选择：{ $installed }。
doctor-none-installed = （未安装任何模型）
doctor-model-missing = 服务器上没有模型 `{ $model }`。
doctor-model-missing-available = 服务器上没有模型 `{ $model }`。可用模型：{ $available }。
doctor-missing-key = 尚未设置 API 密钥：请打开“设置”并粘贴密钥。除非您选择记住它，否则它只保留在此标签页中；文档绝不会发送到云端。
doctor-needs-reload = 为了您的安全，本页面只连接打开时所用的地址，而 { $origin } 是新地址。请在“设置”中点击“应用并重新加载”以允许该地址（之后请重新粘贴 API 密钥，除非您已选择记住它）。
doctor-bad-key = 服务器拒绝了 API 密钥。请粘贴有效的密钥（除非您选择记住它，否则它只保留在此标签页中）。

# Steps of a fix in Ollama, one per system. The commands and the lines of the
# service file arrive as they are ($command, $edit, $lines, $restart, $line):
# they are copied into a terminal and never translated.
doctor-step-origins-macos = macOS（Ollama 应用）：{ $command } — 然后从菜单栏退出 Ollama 并重新打开。
doctor-step-origins-linux =
    Linux（systemd）：{ $edit } — 添加以下两行
    { $lines }
    — 然后：{ $restart }
doctor-step-origins-windows = Windows：{ $command } — 然后从任务栏退出 Ollama，并从“开始”菜单重新启动。
doctor-step-origins-serve = 手动运行 `ollama serve` 时：{ $command }
doctor-step-parallel-macos = macOS：{ $command } — 然后重启 Ollama。
doctor-step-parallel-linux = Linux（systemd）：在服务的覆盖配置中 OLLAMA_ORIGINS 旁边添加 { $line }，然后执行 daemon-reload 并重启。
doctor-step-parallel-windows = Windows：{ $command } — 然后重启 Ollama。

# A warning that does not stop a run.
doctor-warning-small-context = 该模型的上下文（{ $length } 个词元）小于一个任务所需的 { $needed } 个词元：请选择更小的片段，或选择上下文更长的模型。
