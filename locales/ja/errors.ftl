# Why a run failed, and what happened along the way.
# $side is "cloud" (the supervisor's side) or "local" (the worker's).

# Why a run stopped (src/web/error_text.rs, the engine's RunError).
errors-run-no-documents = 読み込むドキュメントがありません。先にファイルを追加するか、テキストを貼り付けてください。
errors-run-no-task = 先に質問を入力してください。
errors-run-invalid-config = 設定「{ $setting }」は { $min } から { $max } の範囲で指定してください（現在は { $value }）。「設定」で変更してください。
errors-run-context-too-small = ドキュメントには約 { $needed } トークンが必要ですが、ローカルモデルのコンテキストには { $available } トークンしか入りません。{ $advice }
# $detail: what was wrong with the reply, as the reply reader says it (English).
errors-run-malformed-reply =
    { $side ->
        [cloud] クラウドモデルが { $attempts } 回、読み取れない形式で回答しました（{ $problem }）。もう一度お試しいただくか、より高性能なモデルを選択してください。
       *[local] ローカルモデルが { $attempts } 回、読み取れない形式で回答しました（{ $problem }）。もう一度お試しいただくか、より高性能なモデルを選択してください。
    }
errors-run-cloud-only-not-confirmed = 「クラウドのみ」はドキュメントをクラウドモデルに送信します。この実行について確認していただいた後にのみ実行されます。
errors-run-documents-must-stay = プライバシー設定でドキュメントをこのデバイスの外に出さないよう指定されているため、「クラウドのみ」は実行できません。比較するには、「設定 → プライバシー」で「ドキュメントをこのデバイスの外に出さない」をオフにしてください。
errors-run-worker-not-on-device = { $host } のローカルモデルはこのデバイス上にありません。また、プライバシー設定でドキュメントをこのデバイスの外に出さないよう指定されています。設定でこのマシン上のローカルモデルを選択するか、「設定 → プライバシー」で「ドキュメントをこのデバイスの外に出さない」のチェックを外してください。
errors-run-worker-network-untrusted = { $host } のローカルモデルはローカルネットワーク上にあり、プライバシー設定でドキュメントをこのデバイスの外に出さないよう指定されています。そのマシンにドキュメントを任せてよい場合は、設定でその横にある「このアドレスにドキュメントを預ける」にチェックを入れてください。そうでない場合は、このマシン上のローカルモデルを選択してください。
errors-run-worker-not-confirmed = ドキュメントはこのデバイス上にない { $host } に送信されることになりますが、その同意をいただいていません。もう一度実行してページの確認に同意するか、設定でこのマシン上のローカルモデルを選択してください。

# What to do when the documents do not fit the local model's context (the end of errors-run-context-too-small).
errors-advice-narrower-question = 質問の範囲を絞るか、クラウドモデルとともに MinionS を使用して調査結果をまとめてください。
errors-advice-longer-context = より長いコンテキストを持つローカルモデルを選択してください。
errors-advice-read-in-chunks = ドキュメントをチャンクごとに読む MinionS か、より長いコンテキストを持つローカルモデルを選択してください。
errors-advice-shield-off = プライバシーシールドをオフにするか、より長いコンテキストを持つローカルモデルを使用してください。

# A model's failure that ended the run. $detail and $message come from the browser or the server, as they said it.
errors-failure-worker-unreachable = { $host } のローカルモデルに接続できませんでした（{ $detail }）。Ollama（またはローカルサーバー）が起動しているか確認してください。設定の接続ランプに原因が表示されます。
errors-failure-supervisor-unreachable = { $host } のクラウドモデルに接続できませんでした（{ $detail }）。アドレスと接続を確認してください。
errors-failure-unauthorized =
    { $side ->
        [cloud] クラウドサービスが API キーを拒否しました（HTTP { $status }）。設定に有効なキーを貼り付けてください。
       *[local] ローカルサービスが API キーを拒否しました（HTTP { $status }）。設定に有効なキーを貼り付けてください。
    }
errors-failure-worker-model-missing = ローカルモデル `{ $model }` はインストールされていません。`ollama pull { $model }` を実行するか、設定で別のモデルを選択してください。
errors-failure-supervisor-model-missing = クラウドサービスにモデル `{ $model }` はありません。設定で別のモデルを選択してください。
errors-failure-not-loaded = このページにはモデルが読み込まれていません。設定を開き、「このページ内」でモデルを選んで「読み込み」を押してから、もう一度実行してください。
errors-failure-rate-limited =
    { $side ->
        [cloud] 何度か再試行しましたが、クラウドサービスがリクエスト頻度を制限し続けています。1 分ほど待ってから、もう一度実行してください。
       *[local] 何度か再試行しましたが、ローカルサービスがリクエスト頻度を制限し続けています。1 分ほど待ってから、もう一度実行してください。
    }
errors-failure-quota-exhausted = クラウドアカウントのクォータが残っていません。クレジットを追加するか、別のキーを使用してください。
errors-failure-context-overflow =
    { $side ->
        [cloud] プロンプトがクラウドモデルのコンテキストウィンドウに収まりませんでした。MinionS か小さなチャンク、またはより長いコンテキストを持つモデルを使用してください。
       *[local] プロンプトがローカルモデルのコンテキストウィンドウに収まりませんでした。MinionS か小さなチャンク、またはより長いコンテキストを持つモデルを使用してください。
    }
errors-failure-schema-refused =
    { $side ->
        [cloud] クラウドサーバーが、回答スキーマをどの形式（強制、JSON、プロンプト内）でも拒否しました。設定で別のモデルまたはサーバーを選択してください。
       *[local] ローカルサーバーが、回答スキーマをどの形式（強制、JSON、プロンプト内）でも拒否しました。設定で別のモデルまたはサーバーを選択してください。
    }
# $parameter: one of errors-param-….
errors-failure-unsupported =
    { $side ->
        [cloud] クラウドサーバーは `{ $parameter }` に対応していません。設定で別のモデルまたはサーバーを選択してください。
       *[local] ローカルサーバーは `{ $parameter }` に対応していません。設定で別のモデルまたはサーバーを選択してください。
    }
errors-failure-server =
    { $side ->
        [cloud] クラウドサーバーが再試行後もエラーになりました（HTTP { $status }：{ $message }）。しばらくしてからもう一度お試しください。
       *[local] ローカルサーバーが再試行後もエラーになりました（HTTP { $status }：{ $message }）。しばらくしてからもう一度お試しください。
    }
errors-failure-stream-cut =
    { $side ->
        [cloud] クラウドモデルの回答が何度も途切れました（{ $detail }）。もう一度お試しください。
       *[local] ローカルモデルの回答が何度も途切れました（{ $detail }）。もう一度お試しください。
    }
errors-failure-timeout =
    { $side ->
        [cloud] クラウドモデルから { $seconds } 秒間何も送られてきませんでした。処理中か、大きなモデルを読み込んでいる可能性があります。もう一度お試しください。
       *[local] ローカルモデルから { $seconds } 秒間何も送られてきませんでした。処理中か、大きなモデルを読み込んでいる可能性があります。もう一度お試しください。
    }
# $change: one of errors-reshape-….
errors-failure-resend =
    { $side ->
        [cloud] クラウドサーバーがリクエストの形式を拒否し続けました（最後の変更：{ $change }）。設定で別のモデルまたはサーバーを選択してください。
       *[local] ローカルサーバーがリクエストの形式を拒否し続けました（最後の変更：{ $change }）。設定で別のモデルまたはサーバーを選択してください。
    }

# A failed call, briefly: put into a notice or shown beside a pool member. Lower case: it goes inside a sentence.
errors-model-unreachable = { $host } に接続できません：{ $detail }
errors-model-unauthorized = サーバーが API キーを拒否しました（HTTP { $status }）
errors-model-missing = サーバーにモデル `{ $model }` がありません
errors-model-rate-limited = サーバーがリクエスト頻度を制限しています
errors-model-rate-limited-wait = サーバーがリクエスト頻度を制限しています（{ $seconds } 秒待つよう求めています）
errors-model-quota-exhausted = アカウントのクォータが残っていません
errors-model-not-loaded = このページにはモデルが読み込まれていません
errors-model-context-overflow = プロンプトがモデルのコンテキストウィンドウに収まりません
errors-model-unsupported = サーバーは `{ $parameter }` に対応していません
errors-model-server = サーバーでエラーが発生しました（HTTP { $status }）：{ $message }
errors-model-stream-cut = 回答のストリームが途切れました：{ $detail }
errors-model-timeout = { $seconds } 秒以内に回答がありません
errors-model-resend = リクエストを再送信する必要があります：{ $change }

# Why a job failed, or was split in two. Lower case: it goes inside a sentence.
errors-job-prompt-too-long = プロンプトがワーカーのコンテキストに収まりません
errors-job-reply-cut-off = 回答が出力上限で切れました
errors-job-cannot-split = チャンクがワーカーには長すぎ、これ以上分割できません
# $problem: what was wrong with the reply (errors-reply-*).
errors-job-unreadable = 回答を読み取れませんでした：{ $problem }

# Why a model's reply could not be used (lower case: it goes inside a sentence). $field: the reply's field,
# as the schema spells it; $expected: one of errors-expected-*; $allowed: the allowed values, quoted;
# $found: what the reply held, quoted.
errors-reply-no-object = 回答に JSON オブジェクトがありません
errors-reply-missing = JSON オブジェクトにフィールド `{ $field }` がありません
errors-reply-wrong-type = フィールド `{ $field }` は{ $expected }である必要があります
errors-reply-not-allowed = フィールド `{ $field }` は { $allowed } のいずれかである必要があります（{ $found } ではなく）
errors-reply-allowed-any = 許可された値
# A list of alternatives: $init is all but the last, joined by commas.
errors-reply-alternatives = { $init } または { $last }
errors-reply-empty = フィールド `{ $field }` が空です
errors-reply-no-tasks = 計画にタスクがありません。少なくとも 1 つ必要です
errors-reply-final-only = これは最後のラウンドです。最善の回答とともに「final」のみ受け付けます
errors-reply-cut-off = 回答が出力上限で途切れました。もっと短く回答してください
errors-reply-no-final-answer = 最終回答がありません
errors-reply-empty-rewrite = プライバシーシールドの書き換え結果が空でした
errors-expected-text = 文字列
errors-expected-flag = true または false
errors-expected-count = 0 以上の整数
errors-expected-texts = 文字列のリスト
errors-expected-objects = オブジェクトのリスト
errors-expected-object = オブジェクト
errors-expected-list = リスト

# A request's settings, by name.
errors-param-temperature = 温度
errors-param-max-output-tokens = 最大出力トークン数
errors-param-reasoning-effort = 推論の強度
errors-param-reply-schema = 回答スキーマ

# How the request is now sent to a server that refused its form. Lower case: it goes inside a sentence.
errors-reshape-enforced = 回答スキーマはサーバーが強制します
errors-reshape-json-only = 回答スキーマはプロンプトに含め、サーバーには JSON を求めるようにしました
errors-reshape-prompt-only = 回答スキーマはプロンプトにのみ含めるようにしました
errors-reshape-no-stream-usage = サーバーがトークン使用量を報告しないため、推定値を使います

# Notices during a run. $reason (history, findings, the worker's chat) is one of the reasons below.
errors-note-worker-dropped = { $host } のローカルモデルが応答しなくなりました（{ $error }）。プールから外され、そのジョブは他のメンバーに回されます。
errors-note-history-summarised = 会話を予算内に収めるため、クラウドモデルが以前の質問 { $count } 件を要約しました（約 { $before } → { $after } トークン）。
errors-note-history-dropped = 以前の質問 { $count } 件は、クラウドモデルに渡す内容から除外されます：{ $reason }。
errors-note-findings-invalidated = 以前の質問の調査結果 { $count } 件は、今後使用されません：{ $reason }。
errors-note-worker-chat-restarted = ローカルモデルはドキュメントから会話をやり直します：{ $reason }。
errors-note-reply-rejected =
    { $side ->
        [cloud] クラウドモデルの回答を読み取れませんでした（{ $problem }）。もう一度尋ねています。
       *[local] ローカルモデルの回答を読み取れませんでした（{ $problem }）。もう一度尋ねています。
    }
errors-note-job-reply-rejected = ジョブ { $job } へのローカルモデルの回答を読み取れませんでした（{ $problem }）。もう一度尋ねています。
errors-note-retrying =
    { $side ->
        [cloud] クラウドモデルでエラーが発生しました（{ $reason }）。{ $seconds } 秒後に再試行します。
       *[local] ローカルモデルでエラーが発生しました（{ $reason }）。{ $seconds } 秒後に再試行します。
    }
errors-note-parameter-dropped =
    { $side ->
        [cloud] クラウドサーバーが設定 `{ $parameter }` を拒否したため、これを省いてリクエストを再送信しました。
       *[local] ローカルサーバーが設定 `{ $parameter }` を拒否したため、これを省いてリクエストを再送信しました。
    }
errors-note-request-reshaped =
    { $side ->
        [cloud] クラウドサーバーがリクエストの送信方法を拒否しました。{ $change }。リクエストは再送信されました。
       *[local] ローカルサーバーがリクエストの送信方法を拒否しました。{ $change }。リクエストは再送信されました。
    }
errors-note-job-split = ジョブ { $job } は 2 つに分割され、再実行されました（{ $reason }）。
errors-note-review-rejected = クラウドへのリクエストを拒否しました。実行は停止し、それ以上は何も送信されていません。

# Why earlier questions are left out (the $reason of errors-note-history-dropped). Lower case: it goes inside a sentence.
# $error: why the summary failed (a run error, above).
errors-history-summary-failed = クラウドモデルがそれらを要約できませんでした（{ $error }）
errors-history-over-budget = 要約しても会話の予算 { $budget } トークンに収まりません
# Why findings are not used again (the $reason of errors-note-findings-invalidated).
errors-findings-document-changed = 元のドキュメントが変更または削除されました
errors-findings-other-worker = 別のローカルモデルによる結果です
# Why the local model's conversation starts again (the $reason of errors-note-worker-chat-restarted).
errors-chat-documents-changed = 前回の回答以降にドキュメントが変更されました
errors-chat-worker-changed = 前回の回答以降にローカルモデルが変更されました
errors-chat-no-longer-fits = 以前の質問と回答がローカルモデルのコンテキストに収まらなくなりました

# What the engine changed in the cloud model's plan to keep it within bounds (listed under the plan).
errors-plan-change-default-chunking = 計画にチャンク分割の指定がなかったため、既定の設定を使用します。
# $unit: "characters" or "pages".
errors-plan-change-chunk-size =
    { $unit ->
        [pages] チャンクサイズ { $asked } ページは範囲外のため、{ $used } を使用します。
       *[characters] チャンクサイズ { $asked } 文字は範囲外のため、{ $used } を使用します。
    }
errors-plan-change-overlap = オーバーラップ { $asked } は大きすぎるため、{ $used } を使用します。
errors-plan-change-too-many-tasks = 計画には { $tasks } 個のタスクがありましたが、最初の { $limit } 個のみ実行します。
# top_k is the plan's field name (chunks per task).
errors-plan-change-top-k-zero = top_k が 0 では何も実行されないため、1 を使用します。
errors-plan-change-chunk-cap = 各タスクは、キーワードに基づいて選んだ最大 { $cap } チャンクで実行します（設定値）。
errors-plan-change-too-many-jobs = { $tasks } 個のタスクを { $per_task } チャンクで実行すると { $jobs } ジョブとなり、上限の { $limit } を超えるため、各タスクは上位 { $lowered } チャンクで実行します。
errors-plan-change-chunks-cut = チャンクには約 { $needed } トークンが必要ですが、ワーカーには { $available } トークンしか入らないため、チャンクを最大 { $chars } 文字に縮めます。

# What a reply streaming in is for: "round 2: planning".
errors-call-label = ラウンド { $round }：{ $label }
errors-call-open = 最初の質問
errors-call-answer = 回答中
errors-call-decide = 判断中
errors-call-plan = 計画中
errors-call-synthesize = 統合中
errors-call-local-synthesize = 調査結果をまとめています
errors-call-shield = プライバシーシールド
errors-call-judge = 採点中
errors-call-cloud-answer = ドキュメントから回答中（クラウドのみ）
errors-call-summarize = 会話を要約中

# The transcript's own lines. $tasks: the plan's instructions, as the cloud model wrote them.
errors-plan = 計画：{ $tasks } — チャンクは { $size } { $unit }ずつ、{ $selection }。
errors-plan-unit-chars = 文字
errors-plan-unit-pages = ページ
errors-plan-unit-paragraphs = 段落
errors-plan-top-k = タスクごとに上位 { $count } チャンク
errors-plan-every-chunk = すべてのチャンク
errors-aggregated = { $total } チャンクを読みました：回答あり { $answered }、関連なし { $abstained }、失敗 { $failed }。
errors-decision-final = 回答に十分な情報が揃いました。

# This page load's connection policy.
errors-policy-new-origin = このページは開いたときのアドレスにのみ接続しますが、{ $origin } は新しいアドレスです。許可するには、設定を開いて「適用して再読み込み」を押してください。
errors-policy-unwritable = このページは { $url } に接続できません。ブラウザーの接続ポリシーはホスト名と IPv4 アドレスしか扱えません。設定で、そのマシンの名前か IPv4 アドレスを使ってください。

# Run settings the Settings form does not show (named in errors-run-invalid-config).
errors-setting-chunk-units = 1チャンクあたりのページ数または段落数
errors-setting-jobs-per-round = 1ラウンドあたりのジョブ数
errors-setting-worker-output-tokens = ローカルモデルの回答上限（トークン）
errors-setting-reply-retries = 読み取れない回答の再試行回数
