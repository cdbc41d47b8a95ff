// The page's modal dialogs (<dialog class="modal">, rendered by the Rust
// views while they ask): each opens as a modal, so the page behind is inert;
// Tab stays inside it; Escape presses its button marked data-dismiss (the
// safe answer); and when it goes away the focus returns to where it was.
// Plain DOM behaviour, kept out of the WebAssembly (it costs the first load
// 1 KB here against about 5 KB as a Leptos component, measured).
const REACHABLE =
  "button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex='-1'])";
const returnTo = new WeakMap();

function modals(node) {
  if (!(node instanceof Element)) return [];
  return node.matches("dialog.modal") ? [node] : [...node.querySelectorAll("dialog.modal")];
}

function opened(dialog) {
  if (dialog.open) return;
  returnTo.set(dialog, document.activeElement);
  dialog.showModal();
}

function removed(dialog) {
  const back = returnTo.get(dialog);
  if (back && back.isConnected && typeof back.focus === "function") back.focus();
}

new MutationObserver((records) => {
  for (const record of records) {
    record.addedNodes.forEach((node) => modals(node).forEach(opened));
    record.removedNodes.forEach((node) => modals(node).forEach(removed));
  }
}).observe(document.body, { childList: true, subtree: true });

// `cancel` does not bubble: listen while it goes down.
document.addEventListener(
  "cancel",
  (event) => {
    const dialog = event.target;
    if (!(dialog instanceof HTMLDialogElement) || !dialog.matches(".modal")) return;
    event.preventDefault();
    dialog.querySelector("[data-dismiss]")?.click();
  },
  true,
);

// A modal dialog makes the page inert, but Tab past its last control would
// leave for the browser's own toolbar: wrap around instead.
document.addEventListener(
  "keydown",
  (event) => {
    if (event.key !== "Tab") return;
    const dialog = document.querySelector("dialog.modal[open]");
    if (!dialog) return;
    const controls = [...dialog.querySelectorAll(REACHABLE)];
    if (controls.length === 0) {
      event.preventDefault();
      return;
    }
    const first = controls[0];
    const last = controls[controls.length - 1];
    const outside = !dialog.contains(document.activeElement);
    if (event.shiftKey && (document.activeElement === first || outside)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (document.activeElement === last || outside)) {
      event.preventDefault();
      first.focus();
    }
  },
  true,
);
