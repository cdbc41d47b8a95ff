use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    view! { <main><h1>"Minions Web"</h1></main> }
}
