// Drag-and-drop on the leads board: dropping a card on a column submits the card's own "Mover" form
// with that column's stage, so the board behaves exactly as with the select and the button.
(function () {
    'use strict';

    function opcao(cartao, etapa) {
        var select = cartao.querySelector('form.mover select');
        return select && Array.prototype.find.call(select.options, function (o) { return o.value === etapa; });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var arrastado = null;
        document.querySelectorAll('.cartao-lead').forEach(function (cartao) {
            if (!cartao.querySelector('form.mover')) {
                return;
            }
            cartao.draggable = true;
            cartao.addEventListener('dragstart', function (evento) {
                arrastado = cartao;
                evento.dataTransfer.effectAllowed = 'move';
                evento.dataTransfer.setData('text/plain', cartao.dataset.lead);
            });
            cartao.addEventListener('dragend', function () { arrastado = null; });
        });
        document.querySelectorAll('.coluna-funil').forEach(function (coluna) {
            coluna.addEventListener('dragover', function (evento) {
                if (arrastado && opcao(arrastado, coluna.dataset.etapa)) {
                    evento.preventDefault();
                    coluna.classList.add('alvo');
                }
            });
            coluna.addEventListener('dragleave', function () { coluna.classList.remove('alvo'); });
            coluna.addEventListener('drop', function (evento) {
                coluna.classList.remove('alvo');
                if (!arrastado || !opcao(arrastado, coluna.dataset.etapa)) {
                    return;
                }
                evento.preventDefault();
                var formulario = arrastado.querySelector('form.mover');
                formulario.querySelector('select').value = coluna.dataset.etapa;
                formulario.requestSubmit();
            });
        });
    });
})();
