# Sourced by the other scripts after scripts/setup.sh: where the pinned tools
# live, and the settings every build and browser test uses.
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
