// Draws the painel's charts from the JSON each chart element carries in data-pontos.
(function () {
    'use strict';
    var COR = '#0b5394';

    function desenhar(elemento) {
        var pontos = JSON.parse(elemento.dataset.pontos || '[]');
        var grafico = echarts.init(elemento);
        var rotulos = pontos.map(function (p) { return p.rotulo; });
        var valores = pontos.map(function (p) { return p.valor; });
        if (elemento.dataset.tipo === 'funil') {
            grafico.setOption({
                color: ['#0b5394', '#1f6fb2', '#3c8dcc', '#6aaee0', '#1e6b32'],
                tooltip: { trigger: 'item', formatter: '{b}: {c}' },
                series: [{
                    type: 'funnel', sort: 'none', left: '5%', width: '55%', minSize: '8%',
                    label: { position: 'right', formatter: '{b}: {c}', color: '#1b1f24' },
                    labelLine: { show: true },
                    data: pontos.map(function (p) { return { name: p.rotulo, value: p.valor }; })
                }]
            });
        } else {
            grafico.setOption({
                color: [COR],
                tooltip: {
                    trigger: 'axis',
                    valueFormatter: function (v) {
                        return 'R$ ' + Number(v).toLocaleString('pt-BR', { minimumFractionDigits: 2 });
                    }
                },
                grid: { left: 70, right: 16, top: 16, bottom: 40 },
                xAxis: { type: 'category', data: rotulos, axisLabel: { color: '#1b1f24' } },
                yAxis: { type: 'value', axisLabel: { color: '#1b1f24' } },
                series: [{ type: 'bar', data: valores }]
            });
        }
        window.addEventListener('resize', function () { grafico.resize(); });
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('.grafico[data-pontos]').forEach(desenhar);
    });
})();

// Leaving the page closes the live feed quietly instead of letting the browser report a broken stream.
window.addEventListener('pagehide', function () {
    document.querySelectorAll('[sse-connect]').forEach(function (elemento) {
        var dados = elemento['htmx-internal-data'];
        if (dados && dados.sseEventSource) {
            dados.sseEventSource.close();
        }
    });
});
