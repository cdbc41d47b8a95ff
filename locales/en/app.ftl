# The page's frame: the header, the language menu.

app-title = Minions Web
app-tagline = Your local model reads the documents; the cloud model only plans and answers.
app-evaluate = Evaluate
app-settings = Settings
app-language = Language

# Protocols, as menus and tables name them.
app-protocol-minion = Minion
app-protocol-minions = MinionS
app-protocol-local = Local only
app-protocol-cloud = Cloud only

# A run's status.
app-status-idle = idle
app-status-running = running
app-status-done = done
app-status-failed = failed
app-status-cancelled = cancelled

# Where a model runs.
app-place-tab = in this tab
app-place-machine = on this machine
app-place-network = on your local network
app-place-elsewhere = not on this device

# A part of the page fetched on first use that could not be fetched (src/web/parts.rs).
app-part-missing = This part of the page could not be fetched. Check the connection, then try again.
app-part-retry = Try again
# Over the page after a bug stopped its code (src/web/mod.rs).
app-stopped = The page stopped after an unexpected error. Reload it to go on; what this browser keeps (settings, saved runs) stays.
run-engine-stopped = The run stopped after an unexpected error in the engine. Try it again; if it happens again, reload the page.
