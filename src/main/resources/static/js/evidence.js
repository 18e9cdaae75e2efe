// The evidence page (templates/evidence/page.html): uploads each chosen file to the API with the session's CSRF
// token in a header (so the server can refuse an oversized upload with a message instead of a missing-token page),
// removes and publishes files, and shows every result in the page's language (messages come from the page itself).
(function () {
	'use strict';
	const page = document.getElementById('evidence');
	if (!page) {
		return;
	}
	const csrf = {};
	csrf[document.querySelector('meta[name="_csrf_header"]').content] = document.querySelector('meta[name="_csrf"]').content;
	const results = document.getElementById('evidence-results');
	const maxBytes = Number(page.dataset.maxBytes);

	function message(reason) {
		const item = document.querySelector('#evidence-messages [data-reason="' + reason + '"]')
			|| document.querySelector('#evidence-messages [data-reason="FAILED"]');
		return item.textContent;
	}

	function show(name, reason) {
		const line = document.createElement('li');
		line.className = reason === 'OK' ? 'info' : 'error';
		line.dataset.reason = reason;
		line.textContent = (name ? name + ': ' : '') + message(reason);
		results.appendChild(line);
	}

	async function reasonOf(response) {
		if (response.ok) {
			return 'OK';
		}
		try {
			return (await response.json()).reason || 'FAILED';
		}
		catch (e) {
			return 'FAILED';
		}
	}

	// the list as the server now has it, without reloading the page (the form keeps its state)
	async function refresh() {
		const html = await (await fetch(location.href, { credentials: 'same-origin' })).text();
		const fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('evidence-files');
		document.getElementById('evidence-files').replaceWith(document.adoptNode(fresh));
	}

	const form = document.getElementById('evidence-upload');
	if (form) {
		form.addEventListener('submit', async function (event) {
			event.preventDefault();
			const input = form.querySelector('input[type="file"]');
			const supersedes = form.querySelector('select[name="supersedes"]');
			results.replaceChildren();
			for (const file of Array.from(input.files)) {
				if (file.size > maxBytes) {
					show(file.name, 'TOO_LARGE');
					continue;
				}
				const body = new FormData();
				body.append('file', file);
				if (supersedes && supersedes.value) {
					body.append('supersedes', supersedes.value);
				}
				const response = await fetch(form.dataset.url, { method: 'POST', body: body, headers: csrf, credentials: 'same-origin' });
				show(file.name, await reasonOf(response));
			}
			input.value = '';
			await refresh();
			page.dataset.done = String(Number(page.dataset.done || 0) + 1);
		});
	}

	page.addEventListener('click', async function (event) {
		const button = event.target.closest('button[data-action]');
		if (!button) {
			return;
		}
		results.replaceChildren();
		const publish = button.dataset.action === 'publish';
		const response = await fetch(button.dataset.url, publish
			? { method: 'PUT', headers: Object.assign({ 'Content-Type': 'application/json' }, csrf), credentials: 'same-origin',
				body: JSON.stringify({ published: button.dataset.published === 'true' }) }
			: { method: 'DELETE', headers: csrf, credentials: 'same-origin' });
		const reason = await reasonOf(response);
		if (reason !== 'OK') {
			show('', reason);
		}
		await refresh();
		page.dataset.done = String(Number(page.dataset.done || 0) + 1);
	});
}());
