// Document-wide keyboard shortcuts for the review page. Keys typed into a field are the reviewer's text, not commands.
const keys = new Set(['j', 'k', 'r', '?', '1', '2', '3', '4', '5', 'Escape']);

export function listen(component) {
    const handler = event => {
        if (event.ctrlKey || event.metaKey || event.altKey || !keys.has(event.key)) {
            return;
        }
        const target = event.target;
        if (event.key !== 'Escape' && target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) {
            return;
        }
        event.preventDefault();
        component.invokeMethodAsync('OnShortcut', event.key);
    };
    document.addEventListener('keydown', handler);
    return { dispose: () => document.removeEventListener('keydown', handler) };
}
