/*
 * The pairing board's matching runs, beside pairing.js. While a run computes and no answer came for a second, the
 * board asks where the run is (GET .../runs/progress; the run may work on another node of a cluster, the record is
 * in the database) every half second, and shows the phase in a status region with the seconds gone beside it; the
 * asking stops when the run's answer comes. And what a run from the rankings of a speed-mentoring event sends.
 * Server text is set as text only.
 */
(function () {
    'use strict';

    var T = window.Tandem;
    var FIRST_ASK_MS = 1000;
    var ASK_EVERY_MS = 500;

    /**
     * Starts showing the progress of the board's run; returns the function that stops it (call it when the run's
     * answer, or its failure, came).
     */
    function watch(board) {
        var box = board.querySelector('[data-pairing-progress]');
        var phase = box && box.querySelector('[data-pairing-phase]');
        if (!phase) {
            return function () {};
        }
        var elapsed = box.querySelector('[data-pairing-elapsed]');
        var path = '/programmes/' + encodeURIComponent(board.getAttribute('data-programme-id')) + '/runs/progress';
        var stopped = false;
        var timer = null;

        function say(text) {
            if (phase.textContent !== text) {
                phase.textContent = text;
            }
        }

        function ask() {
            T.send('GET', path).then(function (answer) {
                if (stopped) {
                    return;
                }
                // a phase of a run still working; the end of a run before this one (done, failed, idle) says nothing
                var text = answer && answer.running ? box.getAttribute('data-phase-' + answer.phase) : null;
                if (text) {
                    say(text);
                    elapsed.textContent = T.format(box.getAttribute('data-elapsed-text'),
                        [Math.floor(answer.elapsedMs / 1000)]);
                }
                timer = window.setTimeout(ask, ASK_EVERY_MS);
            }, function () {
                // a board that cannot ask keeps the general message until the answer comes
            });
        }

        say(box.getAttribute('data-running-text'));
        elapsed.textContent = '';
        timer = window.setTimeout(ask, FIRST_ASK_MS);
        return function stop() {
            stopped = true;
            window.clearTimeout(timer);
            say(box.getAttribute('data-running-text'));
            elapsed.textContent = '';
        };
    }

    /** The body of a run from the rankings: the chosen event and method. */
    function rankingsBody(board, discardHandPairs) {
        var form = board.querySelector('[data-pairing-rankings]');
        var method = form.querySelector('input[name="tandem-rankings-method"]:checked');
        return {
            source: 'rankings',
            eventId: Number(form.querySelector('[data-rankings-event]').value),
            method: method ? method.value : 'STABLE',
            discardHandPairs: discardHandPairs
        };
    }

    // ready before the board's clicks are bound (pairing.js, loaded after this script, binds them on toInit too)
    T.ready(function () {
        T.pairingRun = {watch: watch, rankingsBody: rankingsBody};
    });
}());
