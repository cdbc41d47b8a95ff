# doctor

# The status lights: which model each is about, where it runs, and the offer
# of the model in the page when nothing answers on this machine.
doctor-worker = ローカルモデル
doctor-supervisor = クラウドモデル
doctor-place = （{ $place }）
doctor-run-in-page = 代わりにこのページ内でモデルを実行

# What a connection check found, and the fix. A warning the check found
# (a small context, threads off) follows the sentence.
doctor-checking = 接続を確認しています…
doctor-tab-ready = このページ内で実行中です：{ $model }。
doctor-tab-ready-context = このページ内で実行中です：{ $model }、コンテキスト { $context } トークン。
doctor-tab-some-model = モデル
doctor-tab-missing = このページ内にはまだモデルが読み込まれていません。「設定」を開き、「このページ内」でモデルを選んで「読み込む」を押してください（{ $model }）。
doctor-connected =
    { $count ->
       *[other] 接続しました。{ $count } 個のモデルを利用できます。
    }
doctor-connected-version =
    { $count ->
       *[other] バージョン { $version } に接続しました。{ $count } 個のモデルを利用できます。
    }
doctor-ollama-cors = Ollama は実行中ですが、このページ（{ $origin }）からのリクエストを拒否しています。OLLAMA_ORIGINS でこのオリジンを許可してから、Ollama を再起動してください。
doctor-cors = { $url } のサーバーは応答していますが、このページ（{ $origin }）からのリクエストを許可していません。サーバーの設定で、このオリジンに対して CORS を有効にしてください。
doctor-mixed-content = このページは https で配信されているため、ブラウザーは { $url } への暗号化されていない http リクエストをブロックします。そのマシンに https のアドレスを使うか、このマシンでモデルを実行する（http://localhost は使えます）か、このページをご自身のネットワークから配信してください。
doctor-ollama-down = { $url } から応答がありません。Ollama を起動し（アプリを開くか、`ollama serve` を実行します）、アドレスを確認してください。
doctor-down = { $url } から応答がありません。アドレスと接続を確認してください。
doctor-local-network = このサイトにローカルネットワーク上のデバイスへのアクセスを許可するかどうかブラウザーに尋ねられた場合は、許可してから（サイトの設定 → ローカル ネットワーク アクセス）、もう一度確認してください。
doctor-ollama-model-missing = モデル `{ $model }` はインストールされていません。pull するか、次のいずれかを選んでください：{ $installed }。
doctor-none-installed = （インストール済みのモデルはありません）
doctor-model-missing = サーバーにモデル `{ $model }` がありません。
doctor-model-missing-available = サーバーにモデル `{ $model }` がありません。利用可能なモデル：{ $available }。
doctor-missing-key = API キーがまだありません。「設定」を開いて貼り付けてください。記憶するよう選ばない限り、キーはこのタブ内にのみ保持されます。ドキュメントがクラウドに送られることはありません。
doctor-needs-reload = 安全のため、このページは開いたときのアドレスにのみ接続します。{ $origin } は新しいアドレスです。許可するには「設定」で「適用して再読み込み」を押してください（記憶するよう選んでいない場合は、その後で API キーをもう一度貼り付けてください）。
doctor-bad-key = サーバーが API キーを拒否しました。有効なキーを貼り付けてください（記憶するよう選ばない限り、キーはこのタブ内にのみ保持されます）。

# Steps of a fix in Ollama, one per system. The commands and the lines of the
# service file arrive as they are ($command, $edit, $lines, $restart, $line):
# they are copied into a terminal and never translated.
doctor-step-origins-macos = macOS（Ollama アプリ）：{ $command } — その後、メニューバーから Ollama を終了し、もう一度開いてください。
doctor-step-origins-linux =
    Linux（systemd）：{ $edit } — 次の 2 行を追加します
    { $lines }
    — その後：{ $restart }
doctor-step-origins-windows = Windows：{ $command } — その後、タスクバーから Ollama を終了し、スタートメニューからもう一度起動してください。
doctor-step-origins-serve = `ollama serve` を手動で実行する場合：{ $command }
doctor-step-parallel-macos = macOS：{ $command } — その後、Ollama を再起動してください。
doctor-step-parallel-linux = Linux（systemd）：サービスのオーバーライドで OLLAMA_ORIGINS の横に { $line } を追加し、daemon-reload を実行してから再起動してください。
doctor-step-parallel-windows = Windows：{ $command } — その後、Ollama を再起動してください。

# A warning that does not stop a run.
doctor-warning-small-context = モデルのコンテキスト（{ $length } トークン）は、1 つのジョブに必要な { $needed } トークンより小さいです。チャンクを小さくするか、コンテキストの長いモデルを選んでください。
