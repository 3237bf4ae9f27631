// Brings one message of the review transcript into view and marks it for a moment. A long transcript is virtualized
// (only the messages near the view are in the page), so the page first scrolls to where the message would be.
export async function showMessage(sequence, index, itemSize) {
    const find = () => document.getElementById(`message-${sequence}`);
    let element = find();
    for (let attempt = 0; !element && attempt < 20; attempt++) {
        const transcript = document.getElementById('transcript');
        if (!transcript) {
            return false;
        }
        window.scrollTo({ top: transcript.getBoundingClientRect().top + window.scrollY + index * itemSize });
        await new Promise(resolve => setTimeout(resolve, 50));
        element = find();
    }
    if (!element) {
        return false;
    }
    element.scrollIntoView({ block: 'center' });
    element.classList.add('rc-focus');
    setTimeout(() => element.classList.remove('rc-focus'), 2000);
    return true;
}
