# doctor

# The status lights: which model each is about, where it runs, and the offer
# of the model in the page when nothing answers on this machine.
doctor-worker = Local model
doctor-supervisor = Cloud model
doctor-place = ({ $place })
doctor-run-in-page = Run a model in this page instead

# What a connection check found, and the fix. A warning the check found
# (a small context, threads off) follows the sentence.
doctor-checking = Checking the connection…
doctor-tab-ready = Running in this page: { $model }.
doctor-tab-ready-context = Running in this page: { $model }, context { $context } tokens.
doctor-tab-some-model = a model
doctor-tab-missing = No model is loaded in this page yet. Open Settings, choose one under “In this page” and press Load ({ $model }).
doctor-connected =
    { $count ->
        [one] Connected; { $count } model available.
       *[other] Connected; { $count } models available.
    }
doctor-connected-version =
    { $count ->
        [one] Connected to version { $version }; { $count } model available.
       *[other] Connected to version { $version }; { $count } models available.
    }
doctor-ollama-cors = Ollama is running but refuses requests from this page ({ $origin }). Allow this origin with OLLAMA_ORIGINS, then restart Ollama.
doctor-cors = The server at { $url } answers but does not allow requests from this page ({ $origin }). Enable CORS for this origin in the server's settings.
doctor-mixed-content = This page is served over https, so the browser blocks plain-http requests to { $url }. Use an https address for that machine, run the model on this machine (http://localhost works), or serve this page from your own network.
doctor-ollama-down = Nothing answers at { $url }. Start Ollama (open the app, or run `ollama serve`) and check the address.
doctor-down = Nothing answers at { $url }. Check the address and your connection.
doctor-local-network = If the browser asked whether this site may reach devices on your local network, allow it (site settings → Local network access), then check again.
doctor-ollama-model-missing = The model `{ $model }` is not installed. Pull it, or choose one of: { $installed }.
doctor-none-installed = (none installed)
doctor-model-missing = The server has no model `{ $model }`.
doctor-model-missing-available = The server has no model `{ $model }`. Available: { $available }.
doctor-missing-key = No API key yet: open Settings and paste one. It stays in this tab unless you choose to remember it; the documents never go to the cloud.
doctor-needs-reload = For your safety this page connects only to the addresses it was opened with, and { $origin } is new. Press “Apply and reload” in Settings to allow it (paste the API key again afterwards unless you chose to remember it).
doctor-bad-key = The server refused the API key. Paste a valid key (it stays in this tab unless you choose to remember it).

# Steps of a fix in Ollama, one per system. The commands and the lines of the
# service file arrive as they are ($command, $edit, $lines, $restart, $line):
# they are copied into a terminal and never translated.
doctor-step-origins-macos = macOS (the Ollama app): { $command } — then quit Ollama from the menu bar and open it again.
doctor-step-origins-linux =
    Linux (systemd): { $edit } — add the two lines
    { $lines }
    — then: { $restart }
doctor-step-origins-windows = Windows: { $command } — then quit Ollama from the taskbar and start it again from the Start menu.
doctor-step-origins-serve = Running `ollama serve` by hand: { $command }
doctor-step-parallel-macos = macOS: { $command } — then restart Ollama.
doctor-step-parallel-linux = Linux (systemd): add { $line } beside OLLAMA_ORIGINS in the service override, then daemon-reload and restart.
doctor-step-parallel-windows = Windows: { $command } — then restart Ollama.

# A warning that does not stop a run.
doctor-warning-small-context = The model's context ({ $length } tokens) is smaller than the { $needed } tokens a job needs: choose smaller chunks or a model with a longer context.
