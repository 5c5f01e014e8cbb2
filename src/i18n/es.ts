/** La interfaz en español: las mismas claves que en.ts, con las palabras de cada una en español. */
import type { Table } from './en.ts';

export const es: Table = {
  dates: { day: 'numeric', month: 'long', year: 'numeric' },
  longDates: { day: 'numeric', month: 'long', year: 'numeric' },
  messages: {
    'layout.skipToContent': 'Ir al contenido',
  },
};
