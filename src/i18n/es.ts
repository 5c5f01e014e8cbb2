/**
 * La interfaz en español: las mismas claves que en.ts (el tipo `Table` exige todas), con las palabras de cada una.
 * Fechas como se escriben en una frase: «25 de noviembre de 2026».
 */
import type { Table } from './en.ts';

export const es: Table = {
  dates: { day: 'numeric', month: 'long', year: 'numeric' },
  longDates: { day: 'numeric', month: 'long', year: 'numeric' },
  messages: {
    // El marco de cada página (src/layouts/Base.astro).
    'layout.skipToContent': 'Ir al contenido',
    'layout.nav.label': 'Sitio',
    'layout.nav.articles': 'Artículos',
    'layout.nav.verdicts': 'Veredictos',
    'layout.nav.corrections': 'Correcciones',
    'layout.nav.methodology': 'Metodología',
    'layout.nav.search': 'Buscar',
    'layout.search.label': 'Sitio',
    'layout.search.field': 'Buscar',
    'layout.search.submit': 'Ir',
    'layout.footer.about': 'Sobre las verificaciones',
    'layout.footer.data': 'Datos y canales',
    'layout.footer.claimsData': 'Afirmaciones (JSON)',
    'layout.footer.sourcesData': 'Artículos (JSON)',
    'layout.footer.peopleData': 'Personas (JSON)',
    'layout.footer.citationsData': 'Documentos citados (CSL-JSON)',
    'layout.footer.annotationsData': 'Anotaciones web (JSON-LD)',
    'layout.footer.rss': 'canal RSS',
    'layout.footer.corrections':
      'Cada afirmación enlaza con los documentos en que se apoya. ¿Ha encontrado un error? Lea {link}.',
    'layout.footer.correctionsLink': 'cómo funcionan las correcciones',

    // Compartidas por varias páginas.
    'people.title': 'Quién verifica',
    'citations.title': 'Documentos citados',
    'extension.title': 'Extensión para el navegador',
    'suggest.link': 'Proponer una afirmación para verificar',

    // 404
    'notFound.title': 'Página no encontrada',
    'notFound.text': 'No hay ninguna página en esta dirección. Quizá era una afirmación cuyo identificador cambió.',
    'notFound.browse': 'Ver todos los artículos verificados',
    'notFound.methodology': 'Leer cómo verificamos las afirmaciones',

    // Un artículo anotado (ArticleText.astro, ClaimNote.astro).
    'article.run.claim': 'Afirmación {number}, {verdict}',
    'article.run.within': 'dentro de la afirmación {number}, {verdict}',
    'article.nonArticle': '{kind}, fuera del artículo',
    'article.marker': 'Afirmación {number}: {verdict}. Ir a la nota.',
    'article.notes': 'Notas del párrafo {number}',
    'nonArticle.caption': 'Pie de foto',
    'nonArticle.share-widget': 'Botones para compartir',
    'nonArticle.more-from-author': 'Más del autor',
    'nonArticle.comment-prompt': 'Invitación a comentar',
    'nonArticle.promo': 'Promoción del medio',
    'note.number': 'Afirmación {number}',
    'note.relation.encloses': 'Estas palabras forman parte de la',
    'note.relation.within': 'Dentro de este pasaje:',
    'note.relation.overlaps': 'Comparte palabras con la',
    'note.otherClaim': 'afirmación {number}',
    'note.why': 'Por qué, y fuentes',
    'note.why.hidden': 'de la afirmación {number}',
    'note.back': 'Volver al texto',
    'note.back.hidden': 'de la afirmación {number}',
    'note.permalink': 'Enlace permanente',
    'note.permalink.hidden': 'a la afirmación {number}',
    'note.original': 'Abrir el original en este pasaje',
    'note.original.hidden': 'de la afirmación {number}',
    'note.nextFlagged': 'Siguiente afirmación con señal ({number})',

    // Quién hizo una verificación (Byline.astro, AuthorshipNote.astro).
    'byline.checkedBy': 'Verificado por {name}',
    'byline.reviewedBy': 'Revisado por {names}',
    'byline.reviewedByOn': 'Revisado por {names} el {date}',
    'byline.changedSinceReview': 'la verificación ha cambiado desde entonces',
    'list.separator': ', ',
    'list.lastSeparator': ' y ',
    'authorship.teams': 'Sobre los equipos de verificación y revisión',

    // Citas (CitationLinks.astro, CitationList.astro).
    'citation.deadAsOf': 'Enlace roto desde el {date}',
    'citation.archivedCopy': 'copia archivada',
    'citation.originalDead': 'enlace original (roto)',
    'citation.noArchivedCopy': '; no conocemos ninguna copia archivada.',
    'citation.archivedCopyLink': 'Copia archivada',
    'citation.openAtQuote': 'Abrir en el pasaje citado',
    'citation.openAtQuote.in': 'en {title}',

    // Los cambios de una verificación (ClaimHistory.astro, UpdateMark.astro, CorrectionEntries.astro).
    'history.title': 'Cambios en esta verificación',
    'history.earlierVerdict': 'Veredicto anterior:',
    'update.updated': 'Actualizada',
    'update.earlierVerdict': 'veredicto anterior:',
    'update.whatChanged': 'Qué cambió',
    'corrections.entry': '{kind}, {date}, sobre {claim} en {source}',
    'corrections.verdictChanged': 'El veredicto pasó de {before} a {after}',
    'corrections.verdictUnchanged': 'Veredicto sin cambios: {verdict}',
    'correction.spotted': '¿Ha visto un error? {link}',
    'correction.request': 'Pedir una corrección',

    // Listas de afirmaciones y artículos (ClaimList.astro, SourceTitle.astro, FlagList.astro).
    'claimList.inSource': 'En {source}, afirmación {number}',
    'source.ourTitle': '(título nuestro)',
    'flags.glyph': 'Señal:',
    'claim.sources': 'Fuentes',

    // Borradores, solo en `npm run dev`.
    'draft.banner': 'Borrador, sin publicar',
    'draft.bannerNote': '{banner}: solo lo muestra la vista previa; la compilación lo deja fuera.',
    'draft.verdict': 'Aún sin veredicto',
    'draft.summary': 'Aún sin resumen.',
    'draft.explanation': 'Aún sin explicación.',
    'draft.citations': 'Aún sin fuentes citadas.',
    'draft.kicker': 'Borrador de afirmación en {source}',
    'draft.explanationTitle': 'Explicación',
    'draft.list': 'Borradores sobre este artículo',

    // De dónde viene un artículo (Provenance.astro).
    'provenance.headline': 'Titular',
    'provenance.outlet': 'Medio',
    'provenance.author': 'Autoría',
    'provenance.published': 'Publicado',
    'provenance.original': 'Dirección original',
    'provenance.archivedCopy': 'Copia archivada',
    'provenance.retrieved': 'Texto obtenido',
    'provenance.today': 'El original hoy',
    'provenance.noneFound': 'No se encontró',
    'provenance.notRecorded': 'Sin registrar',
    'provenance.howEstablished': 'Cómo se estableció esta procedencia',

    // La portada (src/pages/index.astro).
    'home.title': 'Fuentes',
    'home.lede':
      '{description} Cada artículo se muestra completo, con cada afirmación verificable resaltada y acompañada de ' +
      'un veredicto, una explicación y los documentos en que se apoya.',
    'home.suggest': '¿Ha visto una afirmación que merece verificarse? {link}.',
    'home.byVerdict': 'Todas las afirmaciones por veredicto',
    'home.checkedArticles': 'Artículos verificados',
    'home.outletUnknown': 'Medio desconocido',
    'home.dateUnknown': 'fecha desconocida',
    'home.claimsChecked': { one: '{count} afirmación verificada', other: '{count} afirmaciones verificadas' },

    // Documentos citados y sus enlaces (citations.astro, citations/health.astro).
    'citations.description':
      'Todos los documentos que citan nuestras verificaciones, con las afirmaciones que los citan.',
    'citations.lede': '{documents} citados por {claims}. Cada entrada enumera las afirmaciones que se apoyan en él.',
    'citations.documents': { one: '{count} documento', other: '{count} documentos' },
    'citations.checkedClaims': { one: '{count} afirmación verificada', other: '{count} afirmaciones verificadas' },
    'citations.linkHealth': 'Qué enlaces siguen funcionando: {link}.',
    'citations.citedBy': { one: 'Citado por una afirmación:', other: 'Citado por {count} afirmaciones:' },
    'health.title': 'Estado de los enlaces',
    'health.description':
      'Documentos citados cuyo enlace estaba roto en la última comprobación, y los que no tienen copia archivada.',
    'health.lede':
      'Cuáles de los {documents} no respondieron en nuestra última comprobación de enlaces, y cuáles no tienen ' +
      'copia archivada.',
    'health.citedDocuments': { one: '{count} documento citado', other: '{count} documentos citados' },
    'health.lastChecked': 'Enlaces comprobados por última vez el {date}.',
    'health.notChecked':
      'Los enlaces aún no se han comprobado. Cuando se comprueben, esta página enumerará cada documento citado ' +
      'cuyo enlace ya no funcione.',
    'health.broken': 'Enlaces rotos',
    'health.broken.none': 'Ninguno: cada documento comprobado respondió en la última comprobación.',
    'health.broken.unknown': 'Se sabrá cuando se comprueben.',
    'health.column.document': 'Documento',
    'health.column.lastCheck': 'Última comprobación',
    'health.column.result': 'Resultado',
    'health.column.archivedCopy': 'Copia archivada',
    'health.archivedCopy.of': 'de {title}',
    'health.noArchivedCopy': 'ninguna',
    'health.moved': 'Trasladados',
    'health.moved.text':
      'Estas direcciones redirigen ahora a otra parte; un traslado permanente es motivo para actualizar la ' +
      'dirección de la cita.',
    'health.moved.entry': '{detail} (comprobado el {date}).',
    'health.unchecked': 'Aún sin comprobar',
    'health.unchecked.text': 'Citados desde la última comprobación:',
    'health.unarchived': 'Sin copia archivada',
    'health.unarchived.none': 'Ninguno: cada documento citado tiene copia archivada.',
    'health.unarchived.count': {
      one: '{count} documento sin copia archivada.',
      other: '{count} documentos sin copia archivada.',
    },
    'health.unarchived.countKnown': {
      one: '{count} documento sin copia archivada que conozcamos.',
      other: '{count} documentos sin copia archivada que conozcamos.',
    },

    // La página de una afirmación (src/pages/claims/[id].astro).
    'claim.kicker': 'Afirmación {number} en {source}',
    'claim.from': 'De {link}',
    'claim.from.link': 'el artículo, en la afirmación {number}',
    'claim.why': 'Por qué: {verdict}',
    'claim.related': 'Afirmaciones relacionadas en otros artículos',
    'claim.related.entry': '{verdict} en {source}',
    'claim.dates': 'Publicada el {published}.',
    'claim.dates.updated': 'Publicada el {published}, actualizada el {updated}.',

    // El registro de correcciones (src/pages/corrections/).
    'corrections.title': 'Registro de correcciones',
    'corrections.description':
      'Cada corrección, actualización y aclaración de nuestras verificaciones publicadas, de la más reciente a la ' +
      'más antigua.',
    'corrections.feedTitle': 'Correcciones',
    'corrections.lede':
      'Cada corrección, actualización y aclaración de una verificación publicada, de la más reciente a la más ' +
      'antigua ({entries}). Qué significa cada tipo, y nuestra política, está en la {methodology}. Puede seguir el ' +
      'registro con un {feed}.',
    'corrections.entries': { one: '{count} entrada', other: '{count} entradas' },
    'corrections.methodologyLink': 'página de metodología',
    'corrections.onlyVerdicts': '{link} ({entries}).',
    'corrections.onlyVerdicts.link': 'Mostrar solo los cambios de veredicto',
    'corrections.none': 'Ninguna verificación se ha corregido, actualizado ni aclarado desde que se publicó.',
    'verdictChanges.title': 'Cambios de veredicto',
    'verdictChanges.description':
      'Cada cambio de veredicto en nuestras verificaciones publicadas, del más reciente al más antiguo, con el ' +
      'veredicto anterior y el nuevo.',
    'verdictChanges.lede':
      'Las entradas del {log} que cambiaron el veredicto de una verificación, de la más reciente a la más antigua ' +
      '({entries}), cada una con el veredicto anterior y el nuevo.',
    'verdictChanges.logLink': 'registro de correcciones',
    'verdictChanges.none': 'Ninguna verificación publicada ha cambiado de veredicto.',

    // La página de la extensión (src/pages/extension/index.astro).
    'extensionPage.description':
      'Una extensión para el navegador que muestra nuestros veredictos en los artículos originales que verificamos, ' +
      'allí donde los lee.',
    'extensionPage.lede':
      'Casi todo el mundo lee una afirmación en la página del medio, no en la nuestra. Esta extensión marca las ' +
      'afirmaciones que verificamos allí mismo, en el artículo original, con nuestro veredicto. Seleccione un pasaje ' +
      'marcado (o pulse Intro sobre él) para ver el veredicto, un resumen y un enlace a la verificación completa en ' +
      'este sitio.',
    'extensionPage.where': 'Dónde funciona',
    'extensionPage.where.text': {
      one:
        'Solo en el {count} artículo que verificamos, en su dirección original. En cualquier otra página no hace ' +
        'nada: el navegador ni siquiera la carga allí.',
      other:
        'Solo en los {count} artículos que verificamos, en sus direcciones originales. En cualquier otra página no ' +
        'hace nada: el navegador ni siquiera la carga allí.',
    },
    'extensionPage.article': '{title} ({claims}), original en {url}',
    'extensionPage.patterns': 'Las direcciones para las que está declarada',
    'extensionPage.patterns.text':
      'El mismo artículo con y sin {www}, con barra final, su edición AMP ({amp}) y con cualquier cadena de ' +
      'consulta, como los parámetros de seguimiento:',
    'extensionPage.reads': 'Qué lee y qué envía',
    'extensionPage.reads.text':
      'En uno de estos artículos lee el texto de la página en su navegador para encontrar los pasajes citados. ' +
      'Descarga de este sitio nuestras verificaciones publicadas sobre ese artículo (los mismos {files} que ' +
      'cualquiera puede descargar) y nada más. Esa descarga indica al servidor de este sitio cuál de estos ' +
      'artículos se abrió, como cualquier petición de un archivo (con la hora y su dirección de red); la extensión ' +
      'guarda la respuesta un día, así que pregunta como mucho una vez al día por cada artículo. No envía ningún ' +
      'texto de la página ni ningún identificador, no guarda historial ni tiene analítica, y en cualquier otra ' +
      'página no envía nada en absoluto.',
    'extensionPage.reads.files': 'archivos de anotaciones web',
    'extensionPage.reads.offline':
      'Si no se puede acceder a este sitio, usa la copia de nuestras verificaciones incluida en la extensión al ' +
      'crearla; su ventana de la barra de herramientas lo indica y da la fecha de esa copia.',
    'extensionPage.permissions': 'Permisos, y por qué',
    'extensionPage.permissions.text':
      'Además de las páginas de los artículos citados arriba (donde el navegador la ejecuta), la extensión pide ' +
      'exactamente estos permisos:',
    'extensionPage.permissions.none':
      'No pide acceso a todos los sitios, ni a sus pestañas, historial o marcadores, y no ejecuta código de la ' +
      'red: todo lo que ejecuta va dentro de la descarga.',
    'extensionPage.reason.siteData':
      'Para descargar nuestras verificaciones publicadas sobre el artículo que está leyendo (los archivos bajo ' +
      '/data/annotations/ en este sitio). Cuando abre uno de los artículos que verificamos, la extensión pide a ' +
      'este sitio las verificaciones de ese artículo, así que el servidor del sitio ve cuál de nuestros artículos ' +
      'se abrió, como ve cualquier petición; la respuesta se guarda un día, así que cada artículo se pide como ' +
      'mucho una vez al día. En cualquier otra página no se pide nada, y no se envía nada más.',
    'extensionPage.install': 'Cómo instalarla',
    'extensionPage.install.text':
      '{download}. Aún no está en las tiendas de complementos de los navegadores; mientras tanto, instálela a mano:',
    'extensionPage.install.download': 'Descargar la extensión (zip)',
    'extensionPage.chromium': 'Chrome, Edge, Brave y otros navegadores Chromium',
    'extensionPage.chromium.unzip': 'Descomprima la descarga en una carpeta que vaya a conservar.',
    'extensionPage.chromium.open': 'Abra {chrome} (en Edge, {edge}).',
    'extensionPage.chromium.developerMode': 'Active el {setting}.',
    'extensionPage.chromium.developerMode.name': 'Modo de desarrollador',
    'extensionPage.chromium.load': 'Elija {button} y seleccione la carpeta.',
    'extensionPage.chromium.load.name': 'Cargar descomprimida',
    'extensionPage.firefox.unzip': 'Descomprima la descarga en una carpeta.',
    'extensionPage.firefox.open': 'Abra {page} y elija {button}.',
    'extensionPage.firefox.open.name': 'Este Firefox',
    'extensionPage.firefox.load': 'Elija {button} y seleccione {file} en esa carpeta.',
    'extensionPage.firefox.load.name': 'Cargar complemento temporal…',
    'extensionPage.firefox.allow':
      'Si los artículos no muestran resaltados, permita la extensión en esos sitios: en {page}, abra la pestaña ' +
      '{tab} de la extensión.',
    'extensionPage.firefox.allow.name': 'Permisos',
    'extensionPage.firefox.temporary':
      'Firefox quita un complemento temporal al cerrarse; cuando esté en las tiendas, la instalación será permanente.',

    // Por veredicto y por señal (src/pages/verdicts/, flags/).
    'verdicts.title': 'Veredictos y señales',
    'verdicts.heading': 'Explorar por veredicto y por señal',
    'verdicts.verdicts': 'Veredictos',
    'verdicts.flags': 'Señales',
    'verdicts.claims': { one: '{count} afirmación', other: '{count} afirmaciones' },
    'verdicts.all': 'Todos los veredictos y señales',
    'verdict.title': 'Afirmaciones con el veredicto «{verdict}»',
    'verdict.description': 'Afirmaciones con el veredicto «{verdict}»: {definition}',
    'verdict.heading': '{claims} {verdict}',
    'verdict.heading.claims': 'Afirmaciones',
    'verdict.count': {
      one: 'Una afirmación tiene este veredicto.',
      other: '{count} afirmaciones tienen este veredicto.',
    },
    'verdict.none': 'Aún ninguna afirmación tiene este veredicto.',
    'flag.title': 'Afirmaciones con la señal «{flag}»',
    'flag.description': 'Afirmaciones con la señal «{flag}»: {definition}',
    'flag.count': { one: 'Una afirmación lleva esta señal.', other: '{count} afirmaciones llevan esta señal.' },
    'flag.none': 'Aún ninguna afirmación lleva esta señal.',

    // Quién verifica (src/pages/people/).
    'people.description': 'Las personas y equipos que verifican y revisan nuestras afirmaciones.',
    'people.lede':
      'Cada verificación dice quién la escribió y quién la revisó. Cada persona o equipo de esta lista tiene una ' +
      'página con sus verificaciones.',
    'people.none': 'Aún no figura nadie.',
    'people.counts': '{written}, {reviewed}',
    'people.written': { one: '{count} verificación escrita', other: '{count} verificaciones escritas' },
    'people.reviewed': { one: '{count} verificación revisada', other: '{count} verificaciones revisadas' },
    'person.elsewhere': 'En otros sitios:',
    'person.written': {
      one: 'Verificaciones escritas ({count} afirmación)',
      other: 'Verificaciones escritas ({count} afirmaciones)',
    },
    'person.reviewed': {
      one: 'Verificaciones revisadas ({count} afirmación)',
      other: 'Verificaciones revisadas ({count} afirmaciones)',
    },
    'person.none': 'Aún ninguna.',

    // La página de un artículo (src/pages/sources/[slug].astro).
    'source.kicker': 'Artículo verificado',
    'source.kicker.noHeadline': 'Artículo verificado (titular original desconocido)',
    'source.review': 'Nuestra valoración',
    'source.review.more': 'Leer la valoración completa',
    'source.verdictBar': 'Saltar a la primera afirmación de cada veredicto',
    'source.verdictBar.count': { one: '{count} afirmación verificada:', other: '{count} afirmaciones verificadas:' },
    'source.details': 'Detalles de la fuente',
    'source.details.withNotes': 'Detalles de la fuente y notas de investigación',
    'source.provenance': 'De dónde viene este artículo',
    'source.researchNotes': 'Notas de investigación',
    'source.researchNotes.what': 'Qué dejamos fuera, y qué buscamos sin encontrarlo.',
    'source.text': 'El artículo, anotado',
    'source.text.hint':
      'Seleccione las palabras resaltadas o un marcador numerado para leer nuestra verificación de esa afirmación.',

    // Lo que encontró la última comparación con el original (src/pages/sources/[slug]/changes.astro).
    'changes.title': 'El original hoy: {source}',
    'changes.kicker': 'Nuestra copia guardada de {source}',
    'changes.heading': 'El original hoy',
    'changes.ownPage': 'su página',
    'changes.unverified':
      'Aún sin comparar con el original. El artículo tal como lo guardamos está en {page}, con nuestras ' +
      'verificaciones.',
    'changes.identical': 'Comparamos nuestro texto guardado con el original el {date} y no encontramos diferencias.',
    'changes.changed':
      'Comparamos nuestro texto guardado con el original el {date}: el original ha cambiado desde que lo guardamos, ' +
      '{passages}, que tocan {claims}. Nuestras verificaciones son del artículo tal como lo guardamos, que sigue en ' +
      '{page} como registro de lo que se publicó.',
    'changes.passagesDiffer': { one: '{count} pasaje es distinto', other: '{count} pasajes son distintos' },
    'changes.claims': { one: '{count} afirmación', other: '{count} afirmaciones' },
    'changes.from': 'Original comparado:',
    'changes.stale':
      'Hemos editado nuestro texto guardado después de esta comparación, así que puede no coincidir con el ' +
      'artículo de nuestra página.',
    'changes.passages': 'Pasajes distintos',
    'changes.passage': 'Pasaje {number}, línea {line} de nuestro texto guardado',
    'changes.saved': 'Lo que guardamos',
    'changes.saved.none': 'No está en nuestro texto guardado',
    'changes.original': 'Lo que dice ahora el original',
    'changes.original.none': 'Eliminado del original',
    'changes.touches.none': 'No toca ninguna de nuestras afirmaciones.',
    'changes.touches': 'Afirmaciones que toca:',
    'changes.unpublished': '{id} (ya no publicada)',
    'changes.claimsToday': 'Nuestras afirmaciones en el original hoy',

    // La página de transparencia (src/pages/transparency.astro).
    'transparency.title': 'Transparencia',
    'transparency.corrections.heading': 'Correcciones',
    'transparency.description':
      'Nuestras verificaciones por veredicto según medio, autoría y revisión; correcciones; afirmaciones ' +
      'relacionadas con veredictos distintos.',
    'transparency.lede':
      'Hemos publicado {checks}. Estas cifras las cuentan por veredicto, para que se vea de quién son los artículos ' +
      'que verificamos, quién los verifica y dónde cambiaron nuestras conclusiones.',
    'transparency.checks': { one: '{count} verificación', other: '{count} verificaciones' },
    'transparency.byOutlet': 'Verificaciones por medio',
    'transparency.byAuthor': 'Verificaciones por autoría',
    'transparency.byReviewer': 'Verificaciones por revisión',
    'transparency.byReviewer.note': 'Una verificación con dos revisores cuenta una vez para cada uno.',
    'transparency.corrections':
      '{corrected} de {total} llevan una corrección, actualización o aclaración; el veredicto cambió en {changed}. ' +
      'Cada una figura, de la más reciente a la más antigua, en el {log}.',
    'transparency.differing': 'Afirmaciones relacionadas con veredictos distintos',
    'transparency.differing.text':
      'Afirmaciones de artículos distintos sobre el mismo hecho, persona o caso, en las que nuestros veredictos ' +
      'difieren. Los resúmenes explican por qué cada una recibió el suyo.',
    'transparency.differing.none': 'Ninguna afirmación relacionada tiene un veredicto distinto.',
    'transparency.differing.entry': 'en {source}: {summary}',

    // La página de búsqueda (src/pages/search.astro) y su script (src/search/).
    'search.title': 'Buscar',
    'search.description': 'Buscar en los artículos verificados, sus afirmaciones y nuestras anotaciones.',
    'search.noscript':
      'La búsqueda necesita JavaScript, que está desactivado o no disponible en este navegador. Todos los ' +
      'artículos y afirmaciones siguen accesibles desde {home}, y {methodology} explica los veredictos y las señales.',
    'search.noscript.home': 'la lista de artículos verificados',
    'search.noscript.methodology': 'la metodología',
    'search.form': 'Buscar en artículos y afirmaciones',
    'search.field': 'Palabras que buscar en artículos, afirmaciones y explicaciones',
    'search.submit': 'Buscar',
    'search.filters': 'Filtros',
    'search.facet.type': 'Tipo',
    'search.facet.verdict': 'Veredicto',
    'search.facet.source': 'Artículo',
    'search.facet.flag': 'Señal',
    'search.clear': 'Quitar todos los filtros',
    'search.results': 'Resultados',
    'search.none': 'No hubo coincidencias. Algunas ideas:',
    'search.none.words':
      'Revise la ortografía, o use menos palabras o palabras más generales, por ejemplo {first} o {second}.',
    'search.example.first': 'migración',
    'search.example.second': 'frontera',
    'search.none.filters': 'Quite filtros.',
    'search.none.browse': 'Recorra {link}, cada uno con todas sus afirmaciones resaltadas.',
    'search.none.browse.link': 'los artículos verificados',
    'search.showMore': 'Mostrar más',
    'search.kind.claim': 'Afirmación',
    'search.kind.source': 'Artículo',
    'search.result.in': '{kind} en {source}',
    'search.result.checked': 'Verificada el {date}',
    'search.result.published': 'Publicado el {date}',
    'search.count': { one: '{count} resultado', other: '{count} resultados' },
    'search.status.query': {
      none: 'Ningún resultado para {query}.',
      one: '{count} resultado para {query}.',
      other: '{count} resultados para {query}.',
    },
    'search.status.queryFiltered': {
      none: 'Ningún resultado para {query} con los filtros elegidos.',
      one: '{count} resultado para {query} con los filtros elegidos.',
      other: '{count} resultados para {query} con los filtros elegidos.',
    },
    'search.status.filtered': {
      none: 'Ningún resultado con los filtros elegidos.',
      one: '{count} resultado con los filtros elegidos.',
      other: '{count} resultados con los filtros elegidos.',
    },
    'search.status.all': { none: 'Ningún resultado.', one: '{count} resultado.', other: '{count} resultados.' },
    'search.selected': '({count} elegidos)',
    'search.unfiltered': {
      one: 'Sin filtros hay {count} resultado.',
      other: 'Sin filtros hay {count} resultados.',
    },
    'search.error': 'No se pudo cargar la búsqueda. Compruebe su conexión e inténtelo de nuevo.',
    'search.more': 'Mostrar {count} más de los {remaining} que quedan',

    // Las partes generadas de la metodología (src/components/methodology/).
    'citationKind.primary': 'Documento primario',
    'citationKind.primary.definition':
      'Ley, texto de un proyecto, ordenanza, expediente judicial u otro documento de primera mano.',
    'citationKind.official': 'Declaración oficial',
    'citationKind.official.definition': 'Nota de prensa o declaración de un organismo u oficina pública.',
    'citationKind.research': 'Investigación',
    'citationKind.research.definition': 'Investigación revisada por pares o institucional.',
    'citationKind.dataset': 'Conjunto de datos',
    'citationKind.dataset.definition': 'Datos publicados por un organismo o centro de investigación.',
    'citationKind.news': 'Noticia',
    'citationKind.news.definition': 'Información de un medio de comunicación.',
    'citationKind.reference': 'Obra de consulta',
    'citationKind.reference.definition':
      'Enciclopedia, directorio u otra obra de consulta (o una copia), recopilada más que informada.',
    'citationKind.advocacy': 'Defensa de una causa',
    'citationKind.advocacy.definition':
      'Material de una campaña, partido, ONG o grupo de presión que defiende una postura o una candidatura.',
    'correctionRoute.none':
      'Si encuentra un error en una verificación, díganos qué afirmación es (cada una tiene su enlace permanente) y ' +
      'qué pruebas muestran el error.',
    'correctionRoute.url':
      'Si encuentra un error en una verificación, use el enlace «Pedir una corrección» al final de la página de la ' +
      'afirmación: abre un formulario que nombra la afirmación, donde usted dice qué está mal y qué pruebas lo ' +
      'muestran.',
    'correctionRoute.email':
      'Si encuentra un error en una verificación, use el enlace «Pedir una corrección» al final de la página de la ' +
      'afirmación: abre un correo electrónico que nombra la afirmación, donde usted dice qué está mal y qué pruebas ' +
      'lo muestran.',
    'correctionRoute.transparency':
      'Cuántas verificaciones se corrigieron, y qué afirmaciones relacionadas recibieron veredictos distintos, ' +
      'figura en la {link}.',
    'correctionRoute.transparency.link': 'página de transparencia',
    'rating.range': '{worst} (peor) a {best} (mejor)',
    'rating.verdict': 'Veredicto',
    'rating.rating': 'Puntuación',
    'rating.none': 'Sin puntuación: no se publica ClaimReview',
    'rating.of': '{rating} de {best}',
    'suggest.methodology':
      '¿Ha visto una afirmación que merece verificarse? {link}: cuéntenos la afirmación con sus propias palabras, ' +
      'dónde apareció y por qué importa. Leemos cada propuesta, y elegimos qué afirmaciones verificar según las ' +
      'reglas anteriores.',

    // Palabras de los modelos de vista (src/site/).
    'transparency.outletNotRecorded': 'Medio sin registrar',
    'transparency.authorNotRecorded': 'Autoría sin registrar',
    'transparency.reviewerNotRecorded': 'Revisión sin registrar',
    'person.kind.person': 'Persona',
    'person.kind.team': 'Equipo',
    'correction.kind.correction': 'Corrección',
    'correction.kind.update': 'Actualización',
    'correction.kind.clarification': 'Aclaración',
    'citation.untitledDocument': 'Documento sin título',
    'citation.untitledPage': 'Página sin título de {publisher}',
    'citation.untitledPage.described': 'Página sin título de {publisher}: {description}',
    'citation.dateNotShown': 'fecha no indicada',

    // Los canales (rss.xml.ts, corrections.xml.ts; src/site/feed.ts, corrections-log.ts).
    'feed.claim': '{summary} (Afirmación {number} en {source}.)',
    'feed.corrections.title': '{site}: correcciones',
    'feed.corrections.description':
      'Cada corrección, actualización y aclaración de una verificación publicada, de la más reciente a la más antigua.',
    'feed.correction': '{note} Veredicto: {verdict}. La verificación: {url}',
    'feed.verdictChanged': '{before} → {after}',
    'feed.verdictUnchanged': '{verdict} (sin cambios)',

    // Lo que encontró la última comparación con el original (src/site/verification.ts).
    'verification.line.unverified': 'Aún sin comparar con el original',
    'verification.line.identical': 'Comparado con el original el {date}: sin cambios',
    'verification.line.changed': 'El original ha cambiado desde que lo guardamos: {passages}',
    'verification.status.unchanged': 'sin cambios',
    'verification.status.moved': 'desplazada',
    'verification.status.changed': 'cambiada',
    'verification.status.missing': 'desaparecida',
    'verification.status.changedScore': 'cambiada (el pasaje más cercano coincide en un {percent})',
    'verification.explanation.unchanged': 'Las palabras citadas están en el original, en el mismo lugar.',
    'verification.explanation.moved': 'Las palabras citadas están en el original, en otro lugar.',
    'verification.explanation.changed': 'El pasaje más cercano del original tiene otras palabras.',
    'verification.explanation.missing': 'Ya no hay en el original ningún pasaje parecido a las palabras citadas.',

    // La última comprobación de enlaces, en palabras (src/site/link-health.ts).
    'linkStatus.notChecked': 'sin comprobar',
    'linkStatus.ok': 'funciona',
    'linkStatus.redirected': 'redirigido',
    'linkStatus.dead': 'roto',
    'linkStatus.blocked': 'bloqueado',
    'linkStatus.error': 'fallo',
    'linkStatus.changed': 'cambiado (posible 404 encubierto)',
    'linkStatus.http': 'HTTP {status}',
    'linkStatus.nowAt': 'ahora en {url}',
    'linkStatus.titleChanged': 'el título de la página es ahora {title}, se esperaba {expected}',

    // Si un software de IA hizo una verificación (src/site/authorship.ts): «{subject} {made}.»
    'authorship.sentence': '{subject} {made}.',
    'authorship.subject.check': 'En esta verificación,',
    'authorship.subject.page': 'En las verificaciones de esta página,',
    'authorship.subject.site': 'En las verificaciones de este sitio,',
    'authorship.made': '{written} y {reviewed}',
    'authorship.written.ai': 'la investigación y la redacción las hizo un software de IA',
    'authorship.written.people': 'la investigación y la redacción las hicieron personas',
    'authorship.reviewed.none': 'nadie más las revisó',
    'authorship.reviewed.separateAi': 'las revisó una segunda revisión de IA, independiente',
    'authorship.reviewed.ai': 'las revisó un software de IA',
    'authorship.reviewed.people': 'las revisaron personas',
    'authorship.reviewed.mixed': 'las revisaron personas y un software de IA',
    'authorship.some.page':
      'Algunas verificaciones de esta página se hicieron con software de IA: cada una dice quién la investigó, ' +
      'redactó y revisó.',
    'authorship.some.site':
      'Algunas verificaciones de este sitio se hicieron con software de IA: cada una dice quién la investigó, ' +
      'redactó y revisó.',

    // La extensión (src/extension/): su ventana emergente, los resaltados y la ventana de la barra.
    'extension.popover.title': 'Verificación: {verdict}',
    'extension.popover.flags': 'Señales',
    'extension.popover.checkedBy': 'Verificado por {site}',
    'extension.popover.close': 'Cerrar la verificación',
    'extension.siteFallback': 'nuestro sitio de verificación',
    'extension.fullCheck': 'Leer la verificación completa',
    'extension.notRated': 'Sin veredicto',
    'extension.highlight.label': '{words} (verificación: {verdict})',
    'extension.popup.title': 'Verificaciones en esta página',
    'extension.popup.looking': 'Buscando afirmaciones verificadas…',
    'extension.popup.none': 'No hay ningún artículo verificado en esta página.',
    'extension.popup.bundled':
      'No se pudo acceder a nuestro sitio, así que estas verificaciones vienen de la copia incluida en la extensión ' +
      'el {date}. Puede haber verificaciones más recientes.',
    'extension.popup.claims': { one: '{count} afirmación resaltada', other: '{count} afirmaciones resaltadas' },
    'extension.popup.status': '{claims} en esta página.',
    'extension.popup.status.orphans': '{claims} en esta página; {orphans} sin encontrar.',
    'extension.popup.onPage': 'En esta página',
    'extension.popup.notFound': 'No encontradas en esta página',
    'extension.popup.orphanNote':
      'El texto de la página difiere de la copia que verificamos, así que estas no aparecen resaltadas.',
    'extension.popup.show': 'Mostrar en la página',

    // Los correos que envía un lector (src/site/correction-request.ts, suggest-claim.ts).
    'mail.correction.subject': 'Petición de corrección: {id}',
    'mail.correction.claim': 'Afirmación: {id}',
    'mail.correction.page': 'Página: {url}',
    'mail.correction.quote': 'Cita: {quote}',
    'mail.correction.verdict': 'Veredicto actual: {verdict}',
    'mail.correction.whatIsWrong': 'Qué está mal, y qué pruebas lo muestran:',
    'mail.suggest.subject': 'Afirmación para verificar',
    'mail.suggest.claim': 'La afirmación, con sus propias palabras:',
    'mail.suggest.where': 'Dónde apareció (un enlace):',
    'mail.suggest.why': 'Por qué debería verificarse:',

    // Las palabras fijas de las tarjetas para compartir (src/site/share-card.ts).
    'card.checkedBy': 'Verificado por {site}',
    'card.from': 'De: {source}',
    'card.siteFooter': 'Cada afirmación resaltada en su sitio, con un veredicto y los documentos en que se apoya.',
  },
};
